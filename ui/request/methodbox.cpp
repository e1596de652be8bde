#include "request/methodbox.h"

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

void MethodBox::setCatalog(const QStringList &available, const QStringList &allKnown,
                           const QStringList &grantedScopes)
{
    m_available = available;
    m_allKnown = allKnown;
    m_scopes = grantedScopes;
    m_hasCatalog = true;
    QStringList all = available + allKnown;
    all.removeDuplicates();
    all.sort();
    m_model->setStringList(all);
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

MethodBox::Availability MethodBox::availability() const
{
    // The portal lower-cases method names before looking them up.
    const QString name = method().toLower();
    if (!m_hasCatalog || name.isEmpty())
        return Availability::Unknown;
    if (m_available.contains(name, Qt::CaseInsensitive))
        return Availability::Available;
    if (m_allKnown.contains(name, Qt::CaseInsensitive))
        return Availability::NeedsScope;
    // `methods` leaves out batch and a few introspection calls; do not call them unknown.
    if (name == "batch"_L1 || name == "methods"_L1 || name == "scope"_L1 || name == "method.get"_L1)
        return Availability::Available;
    return Availability::NotFound;
}

QString MethodBox::badgeText() const
{
    switch (availability()) {
    case Availability::Available:
        return tr("available");
    case Availability::NeedsScope:
        return tr("needs a scope this webhook lacks (granted: %1)")
            .arg(m_scopes.isEmpty() ? tr("none") : m_scopes.join(u", "_s));
    case Availability::NotFound:
        return tr("not found on this portal");
    case Availability::Unknown:
        break;
    }
    return {};
}

void MethodBox::updateBadge()
{
    const Availability state = availability();
    const char *color = state == Availability::Available    ? "#27ae60"
                        : state == Availability::NeedsScope ? "#d35400"
                                                            : "#c0392b";
    const QString text = badgeText();
    m_badge->setText(text.isEmpty() ? QString()
                                    : u"<span style=\"color:%1\">● %2</span>"_s.arg(QLatin1String(color),
                                                                                    text.toHtmlEscaped()));
    m_badge->setProperty("availability", int(state));
}

} // namespace b24
