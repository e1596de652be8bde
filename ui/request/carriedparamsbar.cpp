#include "ui/request/carriedparamsbar.h"

#include "core/b24/methodkind.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

CarriedParamsBar::CarriedParamsBar(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_clear(new QPushButton(tr("Clear them"), this))
    , m_keep(new QPushButton(tr("Keep"), this))
{
    setObjectName(u"carriedParams"_s);
    m_note->setObjectName(u"carriedNote"_s);
    m_note->setWordWrap(true);
    m_clear->setObjectName(u"clearCarried"_s);
    m_clear->setToolTip(tr("Remove the parameters written for the previous method"));
    m_keep->setObjectName(u"keepCarried"_s);
    m_keep->setToolTip(tr("Send these parameters with this method"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_clear);
    layout->addWidget(m_keep);
    connect(m_clear, &QPushButton::clicked, this, &CarriedParamsBar::clearRequested);
    connect(m_keep, &QPushButton::clicked, this, &CarriedParamsBar::keepRequested);
    setVisible(false);
}

void CarriedParamsBar::setOrigin(const QString &method, const OrderedJson &params)
{
    m_origin = method;
    m_params = params.isObject() ? params : OrderedJson::object();
    m_note->clear();
    setVisible(false);
}

OrderedJson CarriedParamsBar::paramsFor(const QString &method)
{
    const bool same = m_origin.compare(method, Qt::CaseInsensitive) == 0;
    if (m_origin.isEmpty() || m_params.isEmpty() || same || method.isEmpty()) {
        if (m_origin.isEmpty())
            m_origin = method;
        m_note->clear();
        setVisible(false);
        return m_params;
    }
    QStringList keys;
    for (qsizetype i = 0; i < m_params.size(); ++i)
        keys.append(m_params.keyAt(i));
    const QStringList dropped = MethodKind::keysNotTaken(method, keys);
    OrderedJson shown = m_params;
    for (const QString &key : dropped)
        shown.remove(key);
    QStringList kept;
    for (qsizetype i = 0; i < shown.size(); ++i)
        kept.append(shown.keyAt(i));
    QStringList lines;
    if (!kept.isEmpty())
        lines.append(tr("Kept from %1: %2.").arg(m_origin, kept.join(u", "_s)));
    if (!dropped.isEmpty())
        lines.append(tr("Not sent, %1 does not take them: %2.").arg(method, dropped.join(u", "_s)));
    m_note->setText(lines.join(u' '));
    m_clear->setVisible(!kept.isEmpty());
    m_keep->setVisible(!kept.isEmpty());
    setVisible(true);
    return shown;
}

QString CarriedParamsBar::noteText() const
{
    return isHidden() ? QString() : m_note->text();
}

} // namespace b24
