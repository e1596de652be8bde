#pragma once

#include "core/sandbox/datastore.h"
#include "core/sandbox/methodregistry.h"

namespace b24 {

// im.chat.user.list: the participants of a chat as a plain list of integer user IDs
// ({"result":[1,4,9]}), a list method whose rows are not objects. The sandbox's chats are its
// department chats: chat N holds the active users of department N. CHAT_ID missing or not
// positive: CHAT_ID_EMPTY; a chat that does not exist answers [] (what the portal answers when
// the chat is not visible to the caller).
class ChatMethods
{
public:
    static void registerIn(MethodRegistry &registry, DataStore &data);
};

} // namespace b24
