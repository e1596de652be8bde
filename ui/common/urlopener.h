#pragma once

class QUrl;

namespace b24 {

// Opens a web page outside the program (the documentation of a method). The window uses the
// desktop's browser; a test installs its own to see which page would open.
class UrlOpener
{
public:
    virtual ~UrlOpener() = default;
    virtual bool open(const QUrl &url) = 0;

    // QDesktopServices: the system's browser.
    static UrlOpener *desktop();
};

} // namespace b24
