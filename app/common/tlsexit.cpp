#include "app/common/tlsexit.h"

#include <openssl/crypto.h>

namespace b24 {

void keepTlsStateUntilExit()
{
    // OpenSSL decides once, at its first initialisation, whether to register the handler; Qt's
    // later initialisation of the same library finds it done.
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
}

} // namespace b24
