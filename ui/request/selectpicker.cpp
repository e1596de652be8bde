#include "ui/request/selectpicker.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

SelectPicker::SelectPicker(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    auto *none = new QPushButton(tr("Clear"), this);
    buttons->addWidget(none);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(none, &QPushButton::clicked, this, [this] {
        setSelected({});
        emit changed();
    });
    connect(m_list, &QListWidget::itemChanged, this, &SelectPicker::changed);
    setFieldNames({});
}

void SelectPicker::ensureItem(const QString &name)
{
    if (!m_list->findItems(name, Qt::MatchExactly).isEmpty())
        return;
    auto *item = new QListWidgetItem(name, m_list);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

void SelectPicker::setFieldNames(const QStringList &names)
{
    const QStringList current = selected();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QString &name : QStringList{u"*"_s, u"UF_*"_s} + names)
        ensureItem(name);
    setSelected(current);
}

QStringList SelectPicker::selected() const
{
    // Kept in the order the user ticked them would need extra state; list order is stable enough.
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            names.append(m_list->item(i)->text());
    }
    return names;
}

void SelectPicker::setSelected(const QStringList &names)
{
    const QSignalBlocker blocker(m_list);
    for (const QString &name : names)
        ensureItem(name);
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(names.contains(m_list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
}

void SelectPicker::setChecked(const QString &name, bool checked)
{
    ensureItem(name);
    m_list->findItems(name, Qt::MatchExactly)
        .constFirst()
        ->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

} // namespace b24
