#pragma once

#include "core/b24/apiversion.h"

#include <QHash>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

class QWidget;

namespace b24 {

// Nothing changes a portal by surprise: before the first call of each method that may write
// (anything MethodKind::isRead does not know as a read) on a portal in this session, the window
// asks, naming the portal by its address only. "Don't ask again this session" trusts the portal
// until the program ends. Nothing is kept on disk. A REST 3.0 write is named as such, with the
// Idempotency-Key it carries (docs/protocol.md §11.6).
class WriteConfirmation : public QObject
{
    Q_OBJECT
public:
    explicit WriteConfirmation(QWidget *window);

    // Of `methods`, those that may write and were not confirmed on `portal` (its origin) yet.
    QStringList unconfirmed(const QString &portal, const QStringList &methods) const;
    // Runs `proceed` at once when nothing needs asking; otherwise asks (window-modal, without
    // blocking) and runs it after Send. Cancel: nothing runs. `api` is the protocol the request speaks.
    void confirmThen(const QString &portal, const QStringList &methods, ApiVersion api,
                     const std::function<void()> &proceed);
    // The question on screen, or null.
    QMessageBox *pending() const { return m_box; }

private:
    QWidget *m_window;
    QHash<QString, QSet<QString>> m_confirmed; // portal -> lower-case method names
    QSet<QString> m_trusted;                   // portals not to ask about again
    QPointer<QMessageBox> m_box;
};

} // namespace b24
