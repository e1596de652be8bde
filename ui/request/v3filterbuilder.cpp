#include "ui/request/v3filterbuilder.h"

#include "ui/request/v3filtergroup.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

V3FilterBuilder::V3FilterBuilder(QWidget *parent)
    : QWidget(parent)
    , m_root(new V3FilterGroup(true))
    , m_note(new QLabel(this))
    , m_wholeRaw(new QPlainTextEdit(this))
{
    m_root->setObjectName(u"v3FilterRoot"_s);
    m_note->setWordWrap(true);
    m_note->setObjectName(u"v3FilterNote"_s);
    m_wholeRaw->setObjectName(u"v3FilterWholeRaw"_s);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_root);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_wholeRaw);
    layout->addWidget(scroll, 1);
    m_note->hide();
    m_wholeRaw->hide();
    connect(m_root, &V3FilterGroup::changed, this, [this] {
        if (!m_loading)
            emit changed();
    });
    connect(m_wholeRaw, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        // Emptied, or rewritten as an array: the form takes it from here.
        const QString text = m_wholeRaw->toPlainText().trimmed();
        const OrderedJson parsed = OrderedJson::fromJson(text.toUtf8());
        if (text.isEmpty() || parsed.isArray())
            setFilter(text.isEmpty() ? OrderedJson::array() : parsed);
        emit changed();
    });
}

void V3FilterBuilder::setFields(const QList<OpenApiField> &fields)
{
    m_fields = fields;
    m_root->setFields(fields);
}

OrderedJson V3FilterBuilder::filter() const
{
    if (!m_whole)
        return m_root->toJson();
    const OrderedJson parsed = OrderedJson::fromJson(m_wholeRaw->toPlainText().toUtf8());
    return parsed.isUndefined() ? m_wholeValue : parsed;
}

void V3FilterBuilder::setFilter(const OrderedJson &filter)
{
    m_loading = true;
    m_whole = !filter.isArray() && !filter.isUndefined();
    m_wholeValue = filter;
    m_root->load(filter.isArray() ? filter : OrderedJson::array());
    m_root->setEnabled(!m_whole);
    m_wholeRaw->setVisible(m_whole);
    m_note->setVisible(m_whole);
    if (m_whole) {
        m_wholeRaw->setPlainText(QString::fromUtf8(filter.toJson(OrderedJson::Format::Indented)));
        m_note->setText(
            tr("REST 3.0 takes the filter as an array of conditions [field, operator, value]; "
               "this one is not, so it is sent as written. Empty it or write an array to use the form."));
    }
    m_loading = false;
}

void V3FilterBuilder::clear()
{
    setFilter(OrderedJson::array());
}

QStringList V3FilterBuilder::validationErrors() const
{
    if (!m_whole)
        return m_root->validationErrors();
    QString error;
    OrderedJson::fromJson(m_wholeRaw->toPlainText().toUtf8(), &error);
    return error.isEmpty() ? QStringList() : QStringList{tr("filter: not JSON: %1").arg(error)};
}

} // namespace b24
