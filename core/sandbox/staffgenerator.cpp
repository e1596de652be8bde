#include "core/sandbox/staffgenerator.h"

#include "core/sandbox/samplevalues.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
constexpr quint64 UserEntity = 100;
constexpr quint64 TaskEntity = 101;

const char16_t *const taskTitles[] = {u"Подготовить КП",  u"Call the client back", u"Обновить прайс-лист",
                                      u"Review contract", u"Согласовать договор",  u"Prepare the demo"};
} // namespace

PhpValue StaffGenerator::user(qint64 id) const
{
    const SeededRandom r(m_seed, UserEntity, id);
    bool female = false;
    const QString first = SampleValues::firstName(r, 1, &female);
    const QString last = SampleValues::lastName(r, 3, female);
    const qint64 registered = SampleValues::moment(r, 4);
    PhpValue row = PhpValue::array();
    row.insert(u"ID"_s, QString::number(id));
    row.insert(u"XML_ID"_s, u"user"_s + QString::number(id));
    row.insert(u"ACTIVE"_s, id == m_ownerId ? m_ownerActive : !r.chance(5, 10));
    row.insert(u"NAME"_s, first);
    row.insert(u"LAST_NAME"_s, last);
    row.insert(u"SECOND_NAME"_s, u""_s);
    row.insert(u"EMAIL"_s, u"user"_s + QString::number(id) + u"@example.com"_s);
    row.insert(u"LAST_LOGIN"_s, SampleValues::utcDateTime(registered + 86400000LL * (1 + r.range(6, 300))));
    row.insert(u"DATE_REGISTER"_s, SampleValues::utcDateTime(registered - registered % 86400000));
    row.insert(u"TIME_ZONE"_s, u""_s);
    row.insert(u"IS_ONLINE"_s, r.chance(7, 30) ? u"Y"_s : u"N"_s);
    const qint64 lastLogin = registered + 86400000LL * (1 + r.range(6, 300));
    // Both stamps as user.current shows them (tests/data/fixtures/user.current.response.json).
    row.insert(u"TIMESTAMP_X"_s, SampleValues::plainDateTime(registered));
    row.insert(u"LAST_ACTIVITY_DATE"_s, SampleValues::plainDateTime(lastLogin + 120000));
    row.insert(u"PERSONAL_GENDER"_s, female ? u"F"_s : u"M"_s);
    row.insert(u"PERSONAL_WWW"_s, u""_s);
    row.insert(u"PERSONAL_BIRTHDAY"_s, u""_s);
    row.insert(u"PERSONAL_MOBILE"_s, SampleValues::phone(r, 8));
    row.insert(u"PERSONAL_CITY"_s, u""_s);
    row.insert(u"WORK_PHONE"_s, u""_s);
    row.insert(u"WORK_POSITION"_s, SampleValues::position(r, 9));
    row.insert(u"UF_EMPLOYMENT_DATE"_s, SampleValues::utcDateTime(registered - registered % 86400000));
    row.insert(u"UF_DEPARTMENT"_s, PhpValue::list({PhpValue(id == 1 ? 1 : 1 + r.range(10, 3))}));
    row.insert(u"USER_TYPE"_s, u"employee"_s);
    return row;
}

PhpValue StaffGenerator::userBrief(qint64 id) const
{
    const PhpValue u = user(id);
    PhpValue brief = PhpValue::array();
    brief.insert(u"id"_s, QString::number(id));
    brief.insert(u"name"_s, u.value(u"NAME"_s).toString() + u' ' + u.value(u"LAST_NAME"_s).toString());
    brief.insert(u"link"_s, u"/company/personal/user/"_s + QString::number(id) + u'/');
    brief.insert(u"icon"_s, u"/bitrix/images/tasks/default_avatar.png"_s);
    brief.insert(u"workPosition"_s, u.value(u"WORK_POSITION"_s));
    return brief;
}

PhpValue StaffGenerator::task(qint64 id) const
{
    const SeededRandom r(m_seed, TaskEntity, id);
    const qint64 created = SampleValues::moment(r, 1);
    const qint64 responsible = 1 + r.range(2, int(qMax<qint64>(m_users, 1)));
    const qint64 creator = 1 + r.range(3, int(qMax<qint64>(m_users, 1)));
    const int status = 2 + r.range(4, 4); // 2 pending .. 5 completed
    PhpValue row = PhpValue::array();
    row.insert(u"id"_s, QString::number(id));
    row.insert(u"title"_s, QString::fromUtf16(r.pick(5, taskTitles)));
    row.insert(u"description"_s, u"Описание задачи [B]#"_s + QString::number(id) + u"[/B]"_s);
    row.insert(u"priority"_s, QString::number(r.range(6, 3)));
    row.insert(u"status"_s, QString::number(status));
    row.insert(u"subStatus"_s, QString::number(status));
    row.insert(u"groupId"_s, u"0"_s);
    row.insert(u"createdBy"_s, QString::number(creator));
    row.insert(u"createdDate"_s, SampleValues::dateTime(created));
    row.insert(u"responsibleId"_s, QString::number(responsible));
    row.insert(u"changedDate"_s, SampleValues::dateTime(created + 3600000LL * r.range(7, 500)));
    row.insert(u"closedDate"_s,
               status == 5 ? PhpValue(SampleValues::dateTime(created + 86400000LL)) : PhpValue());
    row.insert(u"deadline"_s,
               r.chance(8, 60) ? PhpValue(SampleValues::dateTime(created + 86400000LL * 7)) : PhpValue());
    row.insert(u"mark"_s, u""_s);
    row.insert(u"auditors"_s,
               r.chance(9, 40) ? PhpValue::list({QString::number(creator)}) : PhpValue::array());
    row.insert(u"accomplices"_s, PhpValue::array());
    row.insert(u"responsible"_s, userBrief(responsible));
    row.insert(u"creator"_s, userBrief(creator));
    return row;
}

PhpValue StaffGenerator::departments()
{
    PhpValue list = PhpValue::array();
    const QString names[] = {u"Компания"_s, u"Отдел продаж"_s, u"Support"_s, u"Бухгалтерия"_s};
    for (int i = 0; i < 4; ++i) {
        PhpValue d = PhpValue::array();
        d.insert(u"ID"_s, QString::number(i + 1));
        d.insert(u"NAME"_s, names[i]);
        d.insert(u"SORT"_s, (i + 1) * 100);
        if (i > 0)
            d.insert(u"PARENT"_s, u"1"_s);
        d.insert(u"UF_HEAD"_s, QString::number(i + 1));
        list.append(d);
    }
    return list;
}

} // namespace b24
