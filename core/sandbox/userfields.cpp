#include "core/sandbox/userfields.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
// user.fields of a real portal (tests/data/fixtures/user.fields.real.response.json): a flat
// {FIELD: title} map, the intranet's standard user fields included.
const struct
{
    const char16_t *name;
    const char16_t *title;
} fields[] = {
    {u"ID", u"ID"},
    {u"XML_ID", u"Внешний код"},
    {u"ACTIVE", u"Активность"},
    {u"NAME", u"Имя"},
    {u"LAST_NAME", u"Фамилия"},
    {u"SECOND_NAME", u"Отчество"},
    {u"TITLE", u"Список пользователей"},
    {u"EMAIL", u"E-Mail"},
    {u"LAST_LOGIN", u"Последняя авторизация"},
    {u"DATE_REGISTER", u"Дата регистрации"},
    {u"TIME_ZONE", u"TIME_ZONE"},
    {u"IS_ONLINE", u"IS_ONLINE"},
    {u"TIME_ZONE_OFFSET", u"TIME_ZONE_OFFSET"},
    {u"TIMESTAMP_X", u"TIMESTAMP_X"},
    {u"LAST_ACTIVITY_DATE", u"LAST_ACTIVITY_DATE"},
    {u"PERSONAL_GENDER", u"Пол"},
    {u"PERSONAL_PROFESSION", u"Профессия"},
    {u"PERSONAL_WWW", u"Домашняя страничка"},
    {u"PERSONAL_BIRTHDAY", u"Дата рождения"},
    {u"PERSONAL_PHOTO", u"Фотография"},
    {u"PERSONAL_ICQ", u"ICQ"},
    {u"PERSONAL_PHONE", u"Личный телефон"},
    {u"PERSONAL_FAX", u"Факс"},
    {u"PERSONAL_MOBILE", u"Личный мобильный"},
    {u"PERSONAL_PAGER", u"Пейджер"},
    {u"PERSONAL_STREET", u"Улица проживания"},
    {u"PERSONAL_CITY", u"Город проживания"},
    {u"PERSONAL_STATE", u"Область / край"},
    {u"PERSONAL_ZIP", u"Почтовый индекс"},
    {u"PERSONAL_COUNTRY", u"Страна"},
    {u"PERSONAL_MAILBOX", u"Почтовый ящик"},
    {u"PERSONAL_NOTES", u"Дополнительные заметки"},
    {u"WORK_PHONE", u"Телефон компании"},
    {u"WORK_COMPANY", u"Компания"},
    {u"WORK_POSITION", u"Должность"},
    {u"WORK_DEPARTMENT", u"Отдел"},
    {u"WORK_WWW", u"Сайт компании"},
    {u"WORK_FAX", u"WORK_FAX"},
    {u"WORK_PAGER", u"WORK_PAGER"},
    {u"WORK_STREET", u"WORK_STREET"},
    {u"WORK_MAILBOX", u"WORK_MAILBOX"},
    {u"WORK_CITY", u"Город работы"},
    {u"WORK_STATE", u"WORK_STATE"},
    {u"WORK_ZIP", u"WORK_ZIP"},
    {u"WORK_COUNTRY", u"WORK_COUNTRY"},
    {u"WORK_PROFILE", u"WORK_PROFILE"},
    {u"WORK_LOGO", u"WORK_LOGO"},
    {u"WORK_NOTES", u"WORK_NOTES"},
    {u"UF_SKYPE_LINK", u"Ссылка на чат в Skype"},
    {u"UF_ZOOM", u"Zoom"},
    {u"UF_EMPLOYMENT_DATE", u"Дата принятия на работу"},
    {u"UF_TIMEMAN", u"Учет рабочего времени"},
    {u"UF_DEPARTMENT", u"Подразделения"},
    {u"UF_INTERESTS", u"Интересы"},
    {u"UF_SKILLS", u"Навыки"},
    {u"UF_WEB_SITES", u"Другие сайты"},
    {u"UF_XING", u"Xing"},
    {u"UF_LINKEDIN", u"LinkedIn"},
    {u"UF_FACEBOOK", u"Facebook"},
    {u"UF_TWITTER", u"Twitter"},
    {u"UF_SKYPE", u"Skype"},
    {u"UF_DISTRICT", u"Район"},
    {u"UF_PHONE_INNER", u"Внутренний телефон"},
    {u"USER_TYPE", u"USER_TYPE"},
};
} // namespace

PhpValue UserFields::descriptors()
{
    PhpValue map = PhpValue::array();
    for (const auto &f : fields)
        map.insert(QString::fromUtf16(f.name), QString::fromUtf16(f.title));
    return map;
}

bool UserFields::known(const QString &name)
{
    for (const auto &f : fields)
        if (name.compare(QString::fromUtf16(f.name), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace b24
