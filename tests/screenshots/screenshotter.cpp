#include "tests/screenshots/screenshotter.h"

#include "ui/common/palettes.h"
#include "ui/main/mainwindow.h"
#include "ui/main/session.h"
#include "ui/main/welcomepage.h"
#include "ui/profiles/webhookcheckdialog.h"
#include "ui/request/methodbox.h"
#include "ui/request/paramspane.h"
#include "ui/request/requesteditor.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

Screenshotter::Screenshotter(MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_dir(directory)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(90000);
    connect(&m_timeout, &QTimer::timeout, this, [this] { fail(u"timed out"_s); });
}

bool Screenshotter::save(QWidget *widget, const QString &path, QWidget *popup)
{
    QImage image = widget->grab().toImage();
    // A popup is a window of its own: painted where it shows over the window.
    if (popup && popup->isVisible()) {
        QPainter painter(&image);
        painter.drawPixmap(popup->mapToGlobal(QPoint(0, 0)) - widget->mapToGlobal(QPoint(0, 0)),
                           popup->grab());
    }
    if (image.isNull() || !image.save(path, "PNG"))
        return false;
    // A blank grab (nothing painted) is one flat colour.
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            if (image.pixel(x, y) != first)
                return true;
        }
    }
    return false;
}

void Screenshotter::fail(const QString &why)
{
    QTextStream(stderr) << "screenshot: " << why << Qt::endl;
    QCoreApplication::exit(1);
}

void Screenshotter::step(const std::function<void()> &next, int delayMs)
{
    QTimer::singleShot(delayMs, this, next);
}

void Screenshotter::start()
{
    if (!m_dir.mkpath(u"."_s)) {
        fail(u"cannot create "_s + m_dir.path());
        return;
    }
    m_timeout.start();
    connect(m_window->session(), &Session::failed, this, &Screenshotter::fail);
    connect(m_window->session(), &Session::hookChanged, this, [this] {
        if (m_listStarted || !m_window->session()->hook())
            return;
        m_listStarted = true;
        m_window->request()->setMethod(u"crm.deal.list"_s);
        m_window->request()->setRunMode(RequestEditor::RunMode::AllPages);
        m_window->runCurrent();
    });
    connect(m_window->runs(), &RunController::finished, this, [this] {
        step([this] {
            if (!m_v3Started)
                return listDone();
            if (!save(m_window, m_dir.filePath(u"editor-v3.png"_s)))
                return fail(u"editor-v3.png is blank or unwritable"_s);
            QCoreApplication::exit(0);
        });
    });
    // The first start as a new user sees it, the documented API without a portal, then the demo.
    step([this] {
        if (!save(m_window, m_dir.filePath(u"welcome.png"_s)))
            return fail(u"welcome.png is blank or unwritable"_s);
        m_window->welcomePage()->browseButton()->click();
        browseDocs();
    });
}

void Screenshotter::browseDocs()
{
    MethodBox *box = m_window->request()->methodBox();
    step([this, box] {
        // A word of a title, as a user types it.
        const QString word = u"событие"_s;
        box->lineEdit()->setFocus();
        box->lineEdit()->setText(word);
        box->search(word);
        box->completer()->complete();
        step([this, box] {
            if (!save(m_window, m_dir.filePath(u"api-search.png"_s), box->completer()->popup()))
                return fail(u"api-search.png is blank or unwritable"_s);
            box->completer()->popup()->hide();
            box->setMethod(u"calendar.event.add"_s);
            m_window->request()->paramsPane()->fillExample();
            step([this] {
                if (!save(m_window, m_dir.filePath(u"api-catalog.png"_s)))
                    return fail(u"api-catalog.png is blank or unwritable"_s);
                // The demo starts from a clean editor, as after a first start.
                m_window->request()->setParams(OrderedJson::object());
                m_window->request()->setMethod({});
                m_window->session()->openDemo();
            });
        });
    });
}

void Screenshotter::listDone()
{
    if (!save(m_window, m_dir.filePath(u"list-light.png"_s)))
        return fail(u"list-light.png is blank or unwritable"_s);
    const QPalette light = QApplication::palette();
    QApplication::setPalette(Palettes::dark());
    step([this, light] {
        if (!save(m_window, m_dir.filePath(u"list-dark.png"_s)))
            return fail(u"list-dark.png is blank or unwritable"_s);
        QApplication::setPalette(light);
        auto *dialog = new WebhookCheckDialog(m_window->session()->hook(), m_window);
        dialog->resize(560, 420);
        dialog->show();
        connect(dialog, &WebhookCheckDialog::checked, this, [this, dialog] {
            step([this, dialog] {
                if (!save(dialog, m_dir.filePath(u"webhook-check.png"_s)))
                    return fail(u"webhook-check.png is blank or unwritable"_s);
                dialog->close();
                restV3();
            });
        });
        dialog->start();
    });
}

void Screenshotter::restV3()
{
    // The API switch on v3 and a REST 3.0 list of the demo's tasks, every page.
    m_v3Started = true;
    m_window->request()->openRequest(
        u"tasks.task.list"_s,
        OrderedJson::fromJson(
            R"({"select":["id","title","status","responsible.name"],"order":{"id":"ASC"}})"),
        RequestEditor::RunMode::AllPages, ApiVersion::V3);
    m_window->runCurrent();
}

} // namespace b24
