#include "ui/batch/methoddelegate.h"

#include <QCompleter>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

QWidget *MethodDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setObjectName(u"batchMethodEdit"_s);
        auto *completer = new QCompleter(m_names, line);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        line->setCompleter(completer);
    }
    return editor;
}

} // namespace b24
