#include "ui/request/v3filtercondition.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

bool isScalar(const OrderedJson &v)
{
    return v.isString() || v.isNumber() || v.isBool() || v.isNull();
}

bool isScalarList(const OrderedJson &v, qsizetype exactSize = -1)
{
    if (!v.isArray() || (exactSize >= 0 && v.size() != exactSize))
        return false;
    for (qsizetype i = 0; i < v.size(); ++i)
        if (!isScalar(v.at(i)))
            return false;
    return true;
}

enum class Kind
{
    Scalar,
    In,
    Between
};

Kind kindOf(const QString &op)
{
    return op == "in"_L1 ? Kind::In : op == "between"_L1 ? Kind::Between : Kind::Scalar;
}

} // namespace

V3FilterCondition::V3FilterCondition(QWidget *parent)
    : QWidget(parent)
    , m_field(new QComboBox(this))
    , m_op(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_rawEdit(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_remove(new QToolButton(this))
{
    m_field->setEditable(true);
    m_field->setObjectName(u"v3FilterField"_s);
    m_field->setMinimumContentsLength(14);
    m_op->addItems(operators());
    m_op->setObjectName(u"v3FilterOperator"_s);
    m_value->setObjectName(u"v3FilterValue"_s);
    m_to->setObjectName(u"v3FilterTo"_s);
    m_to->setPlaceholderText(tr("to"));
    m_rawEdit->setObjectName(u"v3FilterRaw"_s);
    m_note->setWordWrap(true);
    m_remove->setText(u"✕"_s);
    m_remove->setToolTip(tr("Remove this condition"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w :
         {static_cast<QWidget *>(m_field), static_cast<QWidget *>(m_op), static_cast<QWidget *>(m_value),
          static_cast<QWidget *>(m_to), static_cast<QWidget *>(m_rawEdit), static_cast<QWidget *>(m_note)})
        layout->addWidget(w, w == m_value || w == m_rawEdit || w == m_note ? 1 : 0);
    layout->addWidget(m_remove);
    connect(m_field, &QComboBox::currentTextChanged, this, [this] {
        showOperator();
        edited();
    });
    connect(m_op, &QComboBox::currentIndexChanged, this, [this] {
        showOperator();
        edited();
    });
    connect(m_value, &QLineEdit::textEdited, this, &V3FilterCondition::edited);
    connect(m_to, &QLineEdit::textEdited, this, &V3FilterCondition::edited);
    connect(m_rawEdit, &QLineEdit::textEdited, this, &V3FilterCondition::edited);
    connect(m_remove, &QToolButton::clicked, this, &V3FilterCondition::removeRequested);
    m_rawEdit->hide();
    m_note->hide();
    showOperator();
}

const QStringList &V3FilterCondition::operators()
{
    static const QStringList ops{u"="_s, u"!="_s, u">"_s, u">="_s, u"<"_s, u"<="_s, u"in"_s, u"between"_s};
    return ops;
}

bool V3FilterCondition::isCondition(const OrderedJson &node)
{
    if (!node.isArray() || node.size() < 2 || node.size() > 3 || !node.at(0).isString() ||
        node.at(0).toString().isEmpty())
        return false;
    if (node.size() == 2)
        return isScalar(node.at(1)) || isScalarList(node.at(1));
    const QString op = node.at(1).isString() ? node.at(1).toString() : QString();
    if (!operators().contains(op))
        return false;
    const OrderedJson &value = node.at(2);
    switch (kindOf(op)) {
    case Kind::In:
        return isScalarList(value);
    case Kind::Between:
        return isScalarList(value, 2);
    case Kind::Scalar:
        break;
    }
    return isScalar(value);
}

void V3FilterCondition::setFields(const QList<OpenApiField> &fields)
{
    m_fields = fields;
    const QString current = m_field->currentText();
    const QSignalBlocker blocker(m_field);
    m_field->clear();
    for (const OpenApiField &f : fields)
        m_field->addItem(f.name);
    m_field->setCurrentText(current);
    showOperator();
}

const OpenApiField *V3FilterCondition::fieldSpec() const
{
    const QString name = m_field->currentText().trimmed();
    for (const OpenApiField &f : m_fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

void V3FilterCondition::showOperator()
{
    const Kind kind = kindOf(m_op->currentText());
    m_to->setVisible(!m_raw && kind == Kind::Between);
    const OpenApiField *f = fieldSpec();
    QString hint = f ? f->type : QString();
    if (f && !f->format.isEmpty())
        hint = f->format;
    if (kind == Kind::In)
        hint = tr("comma-separated list or JSON array");
    else if (kind == Kind::Between)
        hint = tr("from");
    m_value->setPlaceholderText(hint);
    auto *completer = f && !f->enumValues.isEmpty() ? new QCompleter(f->enumValues, m_value) : nullptr;
    if (m_value->completer() && m_value->completer() != completer)
        m_value->completer()->deleteLater();
    m_value->setCompleter(completer);
}

void V3FilterCondition::setCondition(const QString &field, const QString &op, const QString &valueText,
                                     const QString &toText)
{
    m_loading = true;
    m_raw = false;
    m_short = false;
    m_setOp.clear(); // nothing set: the value is read from the texts
    m_field->setCurrentText(field);
    m_op->setCurrentIndex(std::max(0, int(operators().indexOf(op))));
    m_value->setText(valueText);
    m_to->setText(toText);
    m_loading = false;
    showOperator();
}

bool V3FilterCondition::setNode(const OrderedJson &node)
{
    if (!isCondition(node)) {
        setRaw(node, tr("Not a condition this form knows; sent as written."));
        return false;
    }
    m_loading = true;
    m_raw = false;
    m_short = node.size() == 2;
    m_setValue = node.at(node.size() - 1);
    m_setOp = m_short ? (m_setValue.isArray() ? u"in"_s : u"="_s) : node.at(1).toString();
    m_field->setCurrentText(node.at(0).toString());
    m_op->setCurrentIndex(int(operators().indexOf(m_setOp)));
    const Kind kind = kindOf(m_setOp);
    m_setText = kind == Kind::In        ? listText(m_setValue)
                : kind == Kind::Between ? textOf(m_setValue.at(0))
                                        : textOf(m_setValue);
    m_setTo = kind == Kind::Between ? textOf(m_setValue.at(1)) : QString();
    m_value->setText(m_setText);
    m_to->setText(m_setTo);
    for (QWidget *w :
         {static_cast<QWidget *>(m_field), static_cast<QWidget *>(m_op), static_cast<QWidget *>(m_value)})
        w->show();
    m_rawEdit->hide();
    m_note->hide();
    m_loading = false;
    showOperator();
    return true;
}

void V3FilterCondition::setRaw(const OrderedJson &node, const QString &note)
{
    m_raw = true;
    m_rawValue = node;
    m_loading = true;
    m_rawEdit->setText(QString::fromUtf8(node.toJson()));
    m_loading = false;
    m_note->setText(note);
    for (QWidget *w : {static_cast<QWidget *>(m_field), static_cast<QWidget *>(m_op),
                       static_cast<QWidget *>(m_value), static_cast<QWidget *>(m_to)})
        w->hide();
    m_rawEdit->show();
    m_note->show();
}

OrderedJson V3FilterCondition::scalar(const QString &text) const
{
    const OpenApiField *f = fieldSpec();
    const QString type = f ? f->type : QString();
    const QString t = text.trimmed();
    bool ok = false;
    if (type == "integer"_L1 || type == "number"_L1) {
        const qint64 n = t.toLongLong(&ok);
        if (ok)
            return OrderedJson(n);
        const double d = t.toDouble(&ok);
        if (ok && type == "number"_L1)
            return OrderedJson(d);
        return OrderedJson(text); // refused by validationErrors()
    }
    if (type == "boolean"_L1 && (t == "true"_L1 || t == "false"_L1))
        return OrderedJson(t == "true"_L1);
    if (type.isEmpty()) {
        // No schema: a number or true/false/null as JSON, anything else as text.
        const OrderedJson parsed = OrderedJson::fromJson(t.toUtf8());
        if (parsed.isNumber() || parsed.isBool() || parsed.isNull() || parsed.isString())
            return parsed;
    }
    return OrderedJson(text);
}

OrderedJson V3FilterCondition::list(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.startsWith(u'[')) {
        const OrderedJson parsed = OrderedJson::fromJson(t.toUtf8());
        if (parsed.isArray())
            return parsed;
    }
    OrderedJson out = OrderedJson::array();
    for (const QString &part : t.split(u','))
        if (!part.trimmed().isEmpty())
            out.append(scalar(part.trimmed()));
    return out;
}

QString V3FilterCondition::textOf(const OrderedJson &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNumber())
        return value.numberText();
    return QString::fromUtf8(value.toJson()); // true, false, null
}

QString V3FilterCondition::listText(const OrderedJson &value)
{
    QStringList parts;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QString text = textOf(value.at(i));
        if (text.contains(u',') || text.trimmed() != text || text.isEmpty() || text.startsWith(u'['))
            return QString::fromUtf8(value.toJson());
        parts.append(text);
    }
    return parts.join(u", "_s);
}

OrderedJson V3FilterCondition::value() const
{
    const Kind kind = kindOf(m_op->currentText());
    if (!m_setOp.isEmpty() && kind == kindOf(m_setOp) && m_value->text() == m_setText &&
        m_to->text() == m_setTo)
        return m_setValue;
    if (kind == Kind::In)
        return list(m_value->text());
    if (kind == Kind::Between) {
        OrderedJson range = OrderedJson::array();
        range.append(scalar(m_value->text()));
        range.append(scalar(m_to->text()));
        return range;
    }
    return scalar(m_value->text());
}

OrderedJson V3FilterCondition::toJson() const
{
    if (m_raw) {
        const OrderedJson parsed = OrderedJson::fromJson(m_rawEdit->text().toUtf8());
        return parsed.isUndefined() ? m_rawValue : parsed;
    }
    const QString op = m_op->currentText();
    const OrderedJson v = value();
    OrderedJson node = OrderedJson::array();
    node.append(m_field->currentText().trimmed());
    // [field, value] stays short while its operator is the one it implies (= or in by the value).
    if (!(m_short && (op == "in"_L1) == v.isArray() && (op == "="_L1 || op == "in"_L1)))
        node.append(op);
    node.append(v);
    return node;
}

QStringList V3FilterCondition::validationErrors() const
{
    if (m_raw) {
        QString error;
        OrderedJson::fromJson(m_rawEdit->text().toUtf8(), &error);
        return error.isEmpty() ? QStringList() : QStringList{tr("filter: not JSON: %1").arg(error)};
    }
    const QString field = m_field->currentText().trimmed();
    if (field.isEmpty())
        return {tr("filter: a condition has no field")};
    const OpenApiField *f = fieldSpec();
    const OrderedJson v = value();
    QStringList errors;
    const Kind kind = kindOf(m_op->currentText());
    if (kind == Kind::In && v.isEmpty())
        errors.append(tr("filter: %1: \"in\" needs at least one value").arg(field));
    auto blank = [](const OrderedJson &item) {
        return item.isString() && item.toString().trimmed().isEmpty();
    };
    if (kind == Kind::Between && (blank(v.at(0)) || blank(v.at(1))))
        errors.append(tr("filter: %1: \"between\" needs a from and a to value").arg(field));
    // A number field given text the user typed (an unedited value is sent as it was written).
    if (f && (f->type == "integer"_L1 || f->type == "number"_L1) && v != m_setValue) {
        const OrderedJson items = kind == Kind::Scalar ? OrderedJson(QJsonArray{v.toQJsonValue()}) : v;
        for (qsizetype i = 0; i < items.size(); ++i)
            if (items.at(i).isString())
                errors.append(tr("filter: %1: \"%2\" is not a number").arg(field, items.at(i).toString()));
    }
    return errors;
}

void V3FilterCondition::edited()
{
    if (!m_loading)
        emit changed();
}

} // namespace b24
