#include "ui/common/urlopener.h"

#include <QDesktopServices>
#include <QUrl>

namespace b24 {

namespace {

class DesktopUrlOpener final : public UrlOpener
{
public:
    bool open(const QUrl &url) override { return QDesktopServices::openUrl(url); }
};

} // namespace

UrlOpener *UrlOpener::desktop()
{
    static DesktopUrlOpener opener;
    return &opener;
}

} // namespace b24
