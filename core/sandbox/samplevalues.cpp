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

namespace {
// "yyyy-MM-ddTHH:mm:ss" of a UTC moment plus a suffix, by civil-date arithmetic (H. Hinnant's
// days_from_civil inverse): QDateTime::toString went through the calendar and locale machinery
// for every date of every generated row. Years outside 1000..9999 keep the Qt path.
QString stamp(qint64 msecs, bool withTime, QStringView suffix)
{
    const qint64 secs = msecs >= 0 ? msecs / 1000 : -((-msecs + 999) / 1000);
    const qint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    const qint64 secOfDay = secs - days * 86400;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1000 || year > 9999) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        return t.toString(withTime ? u"yyyy-MM-ddTHH:mm:ss"_s : u"yyyy-MM-dd"_s).append(suffix);
    }
    char16_t text[19];
    const auto put = [&text](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, month, 2);
    text[7] = u'-';
    put(8, day, 2);
    const auto joined = [&suffix](QStringView head) {
        QString out;
        out.reserve(head.size() + suffix.size());
        return out.append(head).append(suffix);
    };
    if (!withTime)
        return joined(QStringView(text, 10));
    text[10] = u'T';
    put(11, secOfDay / 3600, 2);
    text[13] = u':';
    put(14, secOfDay / 60 % 60, 2);
    text[16] = u':';
    put(17, secOfDay % 60, 2);
    return joined(QStringView(text, 19));
}
} // namespace

QString SampleValues::dateTime(qint64 msecs)
{
    return stamp(msecs + 3 * 3600 * 1000, true, u"+03:00");
}

QString SampleValues::date(qint64 msecs)
{
    return stamp(msecs + 3 * 3600 * 1000, false, u"T00:00:00+03:00");
}

QString SampleValues::utcDateTime(qint64 msecs)
{
    return stamp(msecs, true, u"+00:00");
}

} // namespace b24
