#include "ui/main/writeconfirmation.h"

#include "core/b24/methodkind.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

WriteConfirmation::WriteConfirmation(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

QStringList WriteConfirmation::unconfirmed(const QString &portal, const QStringList &methods) const
{
    if (m_trusted.contains(portal))
        return {};
    const QSet<QString> confirmed = m_confirmed.value(portal);
    QStringList writes;
    for (const QString &method : methods) {
        if (!MethodKind::isRead(method) && !confirmed.contains(method.toLower()) && !writes.contains(method))
            writes.append(method);
    }
    return writes;
}

void WriteConfirmation::confirmThen(const QString &portal, const QStringList &methods, ApiVersion api,
                                    const std::function<void()> &proceed)
{
    const QStringList writes = unconfirmed(portal, methods);
    if (writes.isEmpty()) {
        proceed();
        return;
    }
    if (m_box)
        return; // one question at a time; the one on screen decides
    // The same webhook serves both APIs; which one the write goes to is part of what is confirmed.
    const int count = int(writes.size());
    const QString question =
        api == ApiVersion::V3
            ? tr("%n method(s) may change data on %1/… via REST 3.0 (/rest/api/):\n%2\n\n"
                 "The request carries an Idempotency-Key, so if its answer is lost it is sent again "
                 "safely: the portal runs it at most once.\n\nSend the request?",
                 nullptr, count)
            : tr("%n method(s) may change data on %1/…:\n%2\n\nSend the request?", nullptr, count);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Change data on the portal?"),
                                question.arg(portal, writes.join(u", "_s)), QMessageBox::Cancel, m_window);
    box->setObjectName(u"confirmWrite"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *send = box->addButton(tr("Send"), QMessageBox::AcceptRole);
    send->setObjectName(u"confirmWriteSend"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setCheckBox(new QCheckBox(tr("Don't ask again this session for this portal"), box));
    m_box = box;
    connect(box, &QMessageBox::finished, this, [this, box, send, portal, writes, proceed] {
        if (box->clickedButton() != send)
            return; // cancelled: nothing is sent
        if (box->checkBox()->isChecked())
            m_trusted.insert(portal);
        for (const QString &method : writes)
            m_confirmed[portal].insert(method.toLower());
        proceed();
    });
    box->open();
}

} // namespace b24
