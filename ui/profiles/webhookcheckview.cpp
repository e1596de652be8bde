#include "ui/profiles/webhookcheckview.h"

#include "core/b24/redaction.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

WebhookCheckView::WebhookCheckView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_form(new QFormLayout)
{
    setObjectName(u"webhookCheckView"_s);
    m_headline->setObjectName(u"checkHeadline"_s);
    m_headline->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(m_form);
    layout->addStretch(1);
}

void WebhookCheckView::clearRows()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

void WebhookCheckView::addRow(const QString &name, const QString &value, bool problem)
{
    auto *label = new QLabel(value, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (problem)
        label->setStyleSheet(u"color: #d93025;"_s);
    m_form->addRow(name, label);
}

void WebhookCheckView::showRunning(const QString &origin)
{
    clearRows();
    m_headline->setText(tr("<b>Checking %1…</b>").arg(origin.toHtmlEscaped()));
}

void WebhookCheckView::showReport(const WebhookCheckReport &report)
{
    clearRows();
    if (!report.ok()) {
        m_headline->setText(tr("<b>The webhook does not work.</b>"));
        addRow(tr("Problem:"), redact(report.error.toString()), true);
        if (!report.advice.isEmpty())
            addRow(tr("What to do:"), redact(report.advice), true);
    } else {
        m_headline->setText(report.warnings.isEmpty() ? tr("<b>The webhook works.</b>")
                                                      : tr("<b>The webhook works, with remarks.</b>"));
    }
    addRow(tr("Portal:"), report.origin);
    addRow(tr("Webhook:"), redact(report.redactedUrl));
    if (report.ok()) {
        QString user = report.userName;
        if (user.isEmpty()) {
            const QString first = report.profile.value(u"NAME"_s).toString();
            const QString last = report.profile.value(u"LAST_NAME"_s).toString();
            user = QStringList{first, last}.join(u' ').trimmed();
        }
        const QString id = report.profile.value(u"ID"_s).toVariant().toString();
        addRow(tr("Acts as:"), id.isEmpty() ? user : tr("%1 (user %2)").arg(user, id));
        addRow(tr("Administrator:"), report.admin ? tr("yes") : tr("no"));
        addRow(tr("Scopes:"), report.scopes.isEmpty() ? tr("none reported") : report.scopes.join(u", "_s));
        addRow(tr("Methods available:"),
               report.methodCount >= 0 ? QString::number(report.methodCount) : tr("unknown"));
        addRow(tr("Round trip:"),
               report.roundTripMs >= 0 ? tr("%1 ms").arg(report.roundTripMs) : tr("unknown"));
        if (!report.license.isEmpty() || !report.plan.isEmpty())
            addRow(tr("Plan:"),
                   report.license.isEmpty() ? report.plan : tr("%1 (%2)").arg(report.plan, report.license));
        addRow(tr("Request limit:"),
               tr("%1 at once, then %2 per second").arg(report.burst).arg(report.drainPerSecond));
        if (report.userError.isError())
            addRow(tr("Current user:"),
                   redact(report.userAdvice.isEmpty() ? report.userError.toString() : report.userAdvice),
                   true);
    }
    for (const QString &warning : report.warnings)
        addRow(tr("Advice:"), redact(warning), true);
}

QString WebhookCheckView::text() const
{
    QStringList lines{m_headline->text()};
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto *name = m_form->itemAt(row, QFormLayout::LabelRole);
        auto *value = m_form->itemAt(row, QFormLayout::FieldRole);
        const auto *nameLabel = name ? qobject_cast<QLabel *>(name->widget()) : nullptr;
        const auto *valueLabel = value ? qobject_cast<QLabel *>(value->widget()) : nullptr;
        lines.append((nameLabel ? nameLabel->text() : QString()) + u' ' +
                     (valueLabel ? valueLabel->text() : QString()));
    }
    return lines.join(u'\n');
}

} // namespace b24
