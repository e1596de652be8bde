#include "core/sandbox/samplevalues.h"

#include <QDateTime>

#include <charconv>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
const QString maleFirst[] = {u"Иван"_s,  u"Алексей"_s, u"Дмитрий"_s, u"Сергей"_s, u"Артём"_s, u"John"_s,
                             u"Peter"_s, u"Michael"_s, u"Андрей"_s,  u"Никита"_s, u"David"_s, u"Олег"_s};
const QString femaleFirst[] = {u"Анна"_s,  u"Мария"_s, u"Ольга"_s, u"Екатерина"_s, u"Наталья"_s, u"Emily"_s,
                               u"Sarah"_s, u"Инна"_s,  u"Alice"_s, u"Татьяна"_s,   u"Julia"_s};
const QString lastRoot[] = {u"Иванов"_s,  u"Петров"_s,  u"Смирнов"_s, u"Кузнецов"_s,
                            u"Соколов"_s, u"Попов"_s,   u"Лебедев"_s, u"Козлов"_s,
                            u"Новиков"_s, u"Морозов"_s, u"Smith"_s,   u"Johnson"_s,
                            u"Brown"_s,   u"Miller"_s,  u"Wilson"_s,  u"Taylor"_s};
const QString companies[] = {
    u"ООО «Ромашка»"_s,    u"АО «СтройИнвест»"_s,  u"ИП Сидоров"_s,      u"ООО «ТехноСервис»"_s,
    u"Acme Corp"_s,        u"Globex Ltd"_s,        u"Initech"_s,         u"ООО «Северный ветер»"_s,
    u"Umbrella Trading"_s, u"ЗАО «Вектор & Ко»"_s, u"Stark Logistics"_s, u"ООО «Альфа/Бета»"_s};
const QString products[] = {
    u"Поставка оборудования"_s, u"Внедрение CRM"_s, u"Annual licence"_s,    u"Консалтинг"_s,
    u"Website redesign"_s,      u"Аренда склада"_s, u"Support <premium>"_s, u"Обучение персонала"_s,
    u"Server migration"_s};
const QString cities[] = {u"Москва"_s, u"Санкт-Петербург"_s, u"Казань"_s,       u"Новосибирск"_s,
                          u"London"_s, u"Berlin"_s,          u"Екатеринбург"_s, u"Пермь"_s};
const QString positions[] = {u"Менеджер по продажам"_s, u"Sales manager"_s, u"Бухгалтер"_s, u"Director"_s,
                             u"Руководитель отдела"_s,  u"Developer"_s};
} // namespace

QString SampleValues::firstName(const SeededRandom &r, int slot, bool *female)
{
    const bool f = r.chance(slot, 45);
    if (female)
        *female = f;
    return f ? r.pick(slot + 1, femaleFirst) : r.pick(slot + 1, maleFirst);
}

QString SampleValues::lastName(const SeededRandom &r, int slot, bool female)
{
    const QString &root = r.pick(slot, lastRoot);
    const bool russian = root.front().unicode() >= 0x400;
    return female && russian ? root + u"а"_s : root;
}

QString SampleValues::companyName(const SeededRandom &r, int slot)
{
    return r.pick(slot, companies);
}

QString SampleValues::dealTitle(const SeededRandom &r, int slot, qint64 id)
{
    const QString &product = r.pick(slot, products);
    char digits[24];
    const char *end = std::to_chars(digits, digits + sizeof digits, id).ptr;
    QString title;
    title.reserve(product.size() + 2 + (end - digits));
    return title.append(product).append(u" #").append(QLatin1String(digits, end));
}

QString SampleValues::city(const SeededRandom &r, int slot)
{
    return r.pick(slot, cities);
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
    return r.pick(slot, positions);
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

QString SampleValues::plainDateTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace b24
