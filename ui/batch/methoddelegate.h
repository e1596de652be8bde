#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace b24 {

// Edits a batch command's method with completion from the portal's method list, as the main
// method box does.
class MethodDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setMethodNames(const QStringList &names) { m_names = names; }
    QStringList methodNames() const { return m_names; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    QStringList m_names;
};

} // namespace b24
