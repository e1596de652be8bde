#include "ui/request/runmodebox.h"

#include "core/b24/methodkind.h"

#include <QStandardItemModel>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

RunModeBox::RunModeBox(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(u"runMode"_s);
    addItem(tr("Single call"), int(RequestEditor::RunMode::Single));
    addItem(tr("All pages"), int(RequestEditor::RunMode::AllPages));
    addItem(tr("Batch"), int(RequestEditor::RunMode::Batch));
    connect(this, &QComboBox::activated, this, [this] { m_wanted = mode(); });
}

RequestEditor::RunMode RunModeBox::mode() const
{
    return RequestEditor::RunMode(currentData().toInt());
}

void RunModeBox::setWanted(RequestEditor::RunMode mode, const QString &method, ApiVersion api)
{
    m_wanted = mode;
    follow(method, api);
}

void RunModeBox::follow(const QString &method, ApiVersion api)
{
    // All pages only for lists: a write sent "as a list" runs once and then fails as a list.
    const bool list = MethodKind::isList(method, api);
    if (auto *items = qobject_cast<QStandardItemModel *>(model())) {
        if (QStandardItem *item = items->item(findData(int(RequestEditor::RunMode::AllPages))))
            item->setEnabled(list);
    }
    const RequestEditor::RunMode effective =
        m_wanted == RequestEditor::RunMode::AllPages && !list ? RequestEditor::RunMode::Single : m_wanted;
    if (mode() != effective)
        setCurrentIndex(findData(int(effective)));
}

} // namespace b24
