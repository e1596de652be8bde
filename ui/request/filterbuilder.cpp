#include "ui/request/filterbuilder.h"

#include "ui/request/fieldrowtable.h"
#include "ui/request/jsontext.h"
#include "ui/request/valuecheck.h"

#include <QJsonArray>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

FilterBuilder::FilterBuilder(QWidget *parent)
    : QWidget(parent)
    , m_rows(new FieldRowTable(operators(), true, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rows);
    connect(m_rows, &FieldRowTable::rowRemoved, this, [this](int row) {
        for (Kept &kept : m_unmanaged) {
            if (kept.rowsBefore > row)
                --kept.rowsBefore;
        }
    });
    connect(m_rows, &FieldRowTable::changed, this, &FilterBuilder::changed);
}

QStringList FilterBuilder::operators()
{
    // The first entry is the default for new rows.
    return {u"="_s, u"!="_s, u">="_s, u"<="_s, u">"_s,   u"<"_s,   u"@"_s, u"!@"_s,
            u"%"_s, u"!%"_s, u"=%"_s, u"%="_s, u"!=%"_s, u"!%="_s, u"!"_s};
}

bool FilterBuilder::isListOperator(const QString &op)
{
    return op == "@"_L1 || op == "!@"_L1;
}

void FilterBuilder::splitKey(const QString &key, QString *op, QString *field)
{
    QString best;
    for (const QString &candidate : operators()) {
        if (key.startsWith(candidate) && candidate.size() > best.size())
            best = candidate;
    }
    *op = best;
    *field = key.mid(best.size());
}

void FilterBuilder::setSpecs(const QList<FieldDescriptor> &specs)
{
    m_specs = specs;
    QStringList names;
    for (const FieldDescriptor &spec : specs)
        names.append(spec.name);
    m_rows->setFieldNames(names);
}

int FilterBuilder::conditionCount() const
{
    return m_rows->rowCount();
}

void FilterBuilder::addCondition(const QString &field, const QString &op, const QJsonValue &value)
{
    m_rows->addRow(field, op.isEmpty() ? u"="_s : op, value);
}

void FilterBuilder::clear()
{
    m_rows->clear();
    m_unmanaged = {};
}

OrderedJson FilterBuilder::filter() const
{
    OrderedJson result = OrderedJson::object();
    auto kept = m_unmanaged.cbegin();
    const auto keepUpTo = [&](int rows) {
        for (; kept != m_unmanaged.cend() && kept->rowsBefore <= rows; ++kept)
            result.appendEntry(kept->key, kept->value);
    };
    for (int row = 0; row < m_rows->rowCount(); ++row) {
        keepUpTo(row);
        const QString field = m_rows->field(row);
        if (field.isEmpty())
            continue;
        const QString op = m_rows->choice(row);
        QJsonValue value = m_rows->value(row);
        if (isListOperator(op) && value.isString()) {
            QJsonArray list;
            for (const QString &part : value.toString().split(u',', Qt::SkipEmptyParts))
                list.append(part.trimmed());
            value = list;
        }
        result.insert(op == "="_L1 ? field : op + field, value);
    }
    keepUpTo(std::numeric_limits<int>::max());
    return result;
}

void FilterBuilder::setFilter(const OrderedJson &filter)
{
    const QSignalBlocker blocker(m_rows);
    clear();
    for (qsizetype i = 0; i < filter.size() && filter.isObject(); ++i) {
        const QString key = filter.keyAt(i);
        QString op;
        QString field;
        splitKey(key, &op, &field);
        // Logic groups ({"0": {"logic": "OR", ...}}) have no row form.
        if (filter.at(i).isObject() || field.isEmpty() || field.front().isDigit()) {
            m_unmanaged.append({m_rows->rowCount(), key, filter.at(i)});
            continue;
        }
        QJsonValue value = filter.at(i).toQJsonValue();
        if (isListOperator(op) && value.isArray()) {
            QStringList parts;
            for (const QJsonValue &v : value.toArray())
                parts.append(jsonScalarText(v));
            value = parts.join(u", "_s);
        }
        m_rows->addRow(field, op.isEmpty() ? u"="_s : op, value);
    }
}

QStringList FilterBuilder::validationErrors() const
{
    QStringList errors;
    for (int row = 0; row < m_rows->rowCount(); ++row) {
        const QString field = m_rows->field(row);
        const QString text = m_rows->valueText(row).trimmed();
        if (field.isEmpty()) {
            if (!text.isEmpty())
                errors.append(tr("filter row %1: no field").arg(row + 1));
            continue;
        }
        ValueKind kind = ValueKind::Text;
        for (const FieldDescriptor &spec : m_specs) {
            if (spec.name == field)
                kind = valueKindForType(spec.type);
        }
        const QStringList parts =
            isListOperator(m_rows->choice(row)) ? text.split(u',', Qt::SkipEmptyParts) : QStringList{text};
        if (isListOperator(m_rows->choice(row)) && parts.isEmpty())
            errors.append(tr("filter %1: the list is empty").arg(field));
        for (const QString &part : parts) {
            const QString problem = part.trimmed().isEmpty() ? QString() : valueProblem(kind, part.trimmed());
            if (!problem.isEmpty())
                errors.append(u"filter %1: %2"_s.arg(field, problem));
        }
    }
    return errors;
}

} // namespace b24
