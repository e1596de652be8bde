#include "sandbox/samplevalues.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
const char16_t *const maleFirst[] = {u"Иван",  u"Алексей", u"Дмитрий", u"Сергей", u"Артём", u"John",
                                     u"Peter", u"Michael", u"Андрей",  u"Никита", u"David", u"Олег"};
const char16_t *const femaleFirst[] = {u"Анна",  u"Мария", u"Ольга", u"Екатерина", u"Наталья", u"Emily",
                                       u"Sarah", u"Инна",  u"Alice", u"Татьяна",   u"Julia"};
const char16_t *const lastRoot[] = {u"Иванов",  u"Петров", u"Смирнов", u"Кузнецов", u"Соколов", u"Попов",
                                    u"Лебедев", u"Козлов", u"Новиков", u"Морозов",  u"Smith",   u"Johnson",
                                    u"Brown",   u"Miller", u"Wilson",  u"Taylor"};
const char16_t *const companies[] = {
    u"ООО «Ромашка»",    u"АО «СтройИнвест»",  u"ИП Сидоров",      u"ООО «ТехноСервис»",
    u"Acme Corp",        u"Globex Ltd",        u"Initech",         u"ООО «Северный ветер»",
    u"Umbrella Trading", u"ЗАО «Вектор & Ко»", u"Stark Logistics", u"ООО «Альфа/Бета»"};
const char16_t *const products[] = {
    u"Поставка оборудования", u"Внедрение CRM", u"Annual licence",    u"Консалтинг",
    u"Website redesign",      u"Аренда склада", u"Support <premium>", u"Обучение персонала",
    u"Server migration"};
const char16_t *const cities[] = {u"Москва", u"Санкт-Петербург", u"Казань",       u"Новосибирск",
                                  u"London", u"Berlin",          u"Екатеринбург", u"Пермь"};
const char16_t *const positions[] = {u"Менеджер по продажам", u"Sales manager", u"Бухгалтер", u"Director",
                                     u"Руководитель отдела",  u"Developer"};
} // namespace

QString SampleValues::firstName(const SeededRandom &r, int slot, bool *female)
{
    const bool f = r.chance(slot, 45);
    if (female)
        *female = f;
    return QString::fromUtf16(f ? r.pick(slot + 1, femaleFirst) : r.pick(slot + 1, maleFirst));
}

QString SampleValues::lastName(const SeededRandom &r, int slot, bool female)
{
    const QString root = QString::fromUtf16(r.pick(slot, lastRoot));
    const bool russian = root.front().unicode() >= 0x400;
    return female && russian ? root + u"а"_s : root;
}

QString SampleValues::companyName(const SeededRandom &r, int slot)
{
    return QString::fromUtf16(r.pick(slot, companies));
}

QString SampleValues::dealTitle(const SeededRandom &r, int slot, qint64 id)
{
    return QString::fromUtf16(r.pick(slot, products)) + u" #"_s + QString::number(id);
}

QString SampleValues::city(const SeededRandom &r, int slot)
{
    return QString::fromUtf16(r.pick(slot, cities));
}

QString SampleValues::phone(const SeededRandom &r, int slot)
{
    return u"+79"_s + QString::number(100000000 + r.range(slot, 899999999));
}

QString SampleValues::email(const QString &first, const QString &last, qint64 id)
{
    Q_UNUSED(first)
    Q_UNUSED(last)
    return u"client"_s + QString::number(id) + u"@example.com"_s;
}

QString SampleValues::position(const SeededRandom &r, int slot)
{
    return QString::fromUtf16(r.pick(slot, positions));
}

qint64 SampleValues::moment(const SeededRandom &r, int slot)
{
    const qint64 from = 1672531200000LL; // 2023-01-01T00:00:00Z
    return from + qint64(r.range(slot, 3 * 365 * 24 * 60)) * 60000;
}

QString SampleValues::dateTime(qint64 msecs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msecs + 3 * 3600 * 1000, Qt::UTC);
    return t.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+03:00"_s;
}

QString SampleValues::date(qint64 msecs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msecs + 3 * 3600 * 1000, Qt::UTC);
    return t.toString(u"yyyy-MM-dd"_s) + u"T00:00:00+03:00"_s;
}

QString SampleValues::utcDateTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+00:00"_s;
}

} // namespace b24
