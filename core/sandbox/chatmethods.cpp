#include "core/sandbox/chatmethods.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

bool inDepartment(const PhpValue &user, qint64 department)
{
    for (const PhpEntry &entry : user.value(u"UF_DEPARTMENT"_s).entries()) {
        if (entry.value.toInt() == department)
            return true;
    }
    return false;
}

} // namespace

void ChatMethods::registerIn(MethodRegistry &registry, DataStore &data)
{
    DataStore *store = &data;
    registry.add(u"im.chat.user.list"_s, u"im"_s, [store](const CallContext &ctx) {
        const PhpValue *chat = ctx.params.findCaseInsensitive(u"CHAT_ID"_s);
        const qint64 chatId = chat ? chat->toInt() : 0;
        if (chatId <= 0)
            return MethodResult::failure(u"CHAT_ID_EMPTY"_s, u"Chat ID can't be empty"_s);
        PhpValue members = PhpValue::array();
        EntityTable &users = store->table(u"users"_s);
        for (const qint64 id : users.ids()) {
            const PhpValue user = users.row(id);
            if (user.value(u"ACTIVE"_s).isTruthy() && inDepartment(user, chatId))
                members.append(id);
        }
        // No next/total: the portal answers every participant at once.
        return MethodResult::success(members);
    });
}

} // namespace b24
