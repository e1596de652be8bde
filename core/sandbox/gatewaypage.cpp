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

HttpResponse GatewayPage::moved(const QByteArray &target)
{
    HttpResponse moved;
    moved.status = 302;
    moved.headers = {{"location", target}, {"content-type", "text/html; charset=UTF-8"}};
    moved.body = "<html><head><title>302 Found</title></head><body>Moved to <a href=\"" + target + "\">" +
                 target + "</a></body></html>";
    return moved;
}

} // namespace b24
