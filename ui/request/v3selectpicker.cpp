#include "ui/request/v3selectpicker.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

constexpr int kNameRole = Qt::UserRole + 1; // the dotted name of a field row; empty for a branch

QString fieldName(const QTreeWidgetItem *item)
{
    return item->data(0, kNameRole).toString();
}

} // namespace

V3SelectPicker::V3SelectPicker(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    m_search->setPlaceholderText(tr("Search fields"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(u"v3SelectSearch"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Type")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setObjectName(u"v3SelectTree"_s);
    auto *clear = new QPushButton(tr("Clear"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(clear);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &V3SelectPicker::setSearchText);
    connect(m_tree, &QTreeWidget::itemChanged, this, &V3SelectPicker::itemChanged);
    connect(clear, &QPushButton::clicked, this, [this] {
        setSelected({});
        emit changed();
    });
}

QTreeWidgetItem *V3SelectPicker::addField(QTreeWidgetItem *parent, const OpenApiField &field)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, parent ? field.name.section(u'.', 1) : field.name);
    item->setText(1, field.format.isEmpty() ? field.type : field.format);
    item->setData(0, kNameRole, field.name);
    const QString tip = field.title.isEmpty() ? field.description : field.title;
    item->setToolTip(0, tip.isEmpty() ? field.name : field.name + u" — "_s + tip);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Unchecked);
    return item;
}

void V3SelectPicker::setEntity(const std::optional<OpenApiEntity> &entity)
{
    m_updating = true;
    m_tree->clear();
    if (entity) {
        for (const OpenApiField &f : entity->fields)
            addField(nullptr, f);
        for (const OpenApiRelation &r : entity->relations) {
            auto *branch = new QTreeWidgetItem(m_tree);
            branch->setText(0, r.name);
            branch->setText(1, r.many ? tr("relation, many: %1").arg(r.schema)
                                      : tr("relation: %1").arg(r.schema));
            branch->setFlags(branch->flags() & ~Qt::ItemIsUserCheckable);
            for (const OpenApiField &f : r.fields)
                addField(branch, f);
        }
    }
    m_updating = false;
    applyChecks();
    setSearchText(m_search->text());
}

QTreeWidgetItem *V3SelectPicker::item(const QString &name) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if (fieldName(*it) == name)
            return *it;
    return nullptr;
}

QTreeWidgetItem *V3SelectPicker::ensureItem(const QString &name)
{
    if (QTreeWidgetItem *found = item(name))
        return found;
    // A name the schema does not list: kept, marked as such.
    OpenApiField unknown;
    unknown.name = name;
    unknown.type = tr("not in the schema");
    const bool updating = m_updating;
    m_updating = true;
    QTreeWidgetItem *added = addField(nullptr, unknown);
    m_updating = updating;
    return added;
}

void V3SelectPicker::applyChecks()
{
    m_updating = true;
    for (const QString &name : std::as_const(m_order))
        ensureItem(name);
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if (!fieldName(*it).isEmpty())
            (*it)->setCheckState(0, m_order.contains(fieldName(*it)) ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
}

void V3SelectPicker::setSelected(const QStringList &names)
{
    m_order = names;
    applyChecks();
}

void V3SelectPicker::setChecked(const QString &name, bool checked)
{
    ensureItem(name)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

void V3SelectPicker::itemChanged(QTreeWidgetItem *item)
{
    const QString name = fieldName(item);
    if (m_updating || name.isEmpty())
        return;
    const bool checked = item->checkState(0) == Qt::Checked;
    if (checked && !m_order.contains(name))
        m_order.append(name);
    else if (!checked)
        m_order.removeAll(name);
    else
        return;
    emit changed();
}

void V3SelectPicker::setSearchText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    const QString needle = text.trimmed();
    auto matches = [&needle](const QTreeWidgetItem *item) {
        return needle.isEmpty() || fieldName(item).contains(needle, Qt::CaseInsensitive) ||
               item->text(0).contains(needle, Qt::CaseInsensitive) ||
               item->toolTip(0).contains(needle, Qt::CaseInsensitive);
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        // A relation whose name matches shows all its fields.
        const bool branchMatches = top->childCount() > 0 && matches(top);
        bool anyChild = false;
        for (int k = 0; k < top->childCount(); ++k) {
            const bool show = branchMatches || matches(top->child(k));
            top->child(k)->setHidden(!show);
            anyChild = anyChild || show;
        }
        top->setHidden(top->childCount() > 0 ? !anyChild : !matches(top));
        top->setExpanded(!needle.isEmpty() && anyChild);
    }
}

} // namespace b24
