#include "core/sandbox/gatewaypage.h"

namespace b24 {

HttpResponse GatewayPage::response(int status, const QByteArray &reason)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reason;
    HttpResponse r;
    r.status = status;
    r.headers.append({QByteArray("Content-Type"), QByteArray("text/html")});
    r.body = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
             "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    return r;
}

} // namespace b24
