#include "ui/request/methodbox.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

MethodBox::MethodBox(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_badge(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setObjectName(u"method"_s);
    m_edit->setPlaceholderText(tr("method, e.g. crm.deal.list"));
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(m_completer);
    m_badge->setObjectName(u"methodBadge"_s);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Reload the method list of this portal"));
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_badge);
    layout->addWidget(m_refresh);
    connect(m_refresh, &QToolButton::clicked, this, &MethodBox::refreshRequested);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updateBadge();
        emit methodChanged(method());
    });
    updateBadge();
}

void MethodBox::setCatalog(const MethodCatalog &catalog)
{
    m_catalog = catalog;
    m_hasCatalog = true;
    QStringList names = catalog.methods();
    names.sort();
    m_model->setStringList(names);
    updateBadge();
}

QString MethodBox::method() const
{
    return m_edit->text().trimmed();
}

void MethodBox::setMethod(const QString &method)
{
    m_edit->setText(method);
}

MethodCatalog::MethodStatus MethodBox::status() const
{
    if (!m_hasCatalog || method().isEmpty())
        return {};
    return m_catalog.status(method());
}

QString MethodBox::badgeText() const
{
    if (!m_hasCatalog || method().isEmpty())
        return {};
    const MethodCatalog::MethodStatus s = status();
    switch (s.availability) {
    case MethodCatalog::Availability::Available:
        return tr("available");
    case MethodCatalog::Availability::NeedsScope:
        return tr("needs scope %1, which this webhook lacks").arg(s.scope);
    case MethodCatalog::Availability::Unknown:
        break;
    }
    return m_catalog.hasMethods() ? tr("not in this webhook's method list") : QString();
}

void MethodBox::updateBadge()
{
    const MethodCatalog::Availability state = status().availability;
    const char *color = state == MethodCatalog::Availability::Available    ? "#27ae60"
                        : state == MethodCatalog::Availability::NeedsScope ? "#d35400"
                                                                           : "#7f8c8d";
    const QString text = badgeText();
    m_badge->setText(text.isEmpty() ? QString()
                                    : u"<span style=\"color:%1\">● %2</span>"_s.arg(QLatin1String(color),
                                                                                    text.toHtmlEscaped()));
    m_badge->setProperty("availability", int(state));
}

} // namespace b24
