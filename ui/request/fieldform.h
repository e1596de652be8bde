#pragma once

#include "core/b24/orderedjson.h"
#include "core/catalog/fielddescriptor.h"

#include <QHash>
#include <QJsonArray>
#include <QScrollArea>

class QFormLayout;
class QLabel;

namespace b24 {

class FieldEditor;

// The "fields" parameter as a form generated from *.fields: one typed editor per field,
// required fields starred, read-only fields greyed. Values it has no editor for (read-only or
// unknown keys typed in raw JSON) are kept and sent back unchanged. Keys keep the order they were
// set in; a field filled in the form joins at the end.
class FieldForm : public QScrollArea
{
    Q_OBJECT
public:
    explicit FieldForm(QWidget *parent = nullptr);

    void setSpecs(const QList<FieldDescriptor> &specs);
    const QList<FieldDescriptor> &specs() const { return m_specs; }
    FieldEditor *editor(const QString &name) const;
    QLabel *label(const QString &name) const;

    OrderedJson values() const;
    void setValues(const OrderedJson &values);

    // On create (*.add) required fields must be filled; on update they may be left out.
    void setRequireMandatory(bool require);
    bool requireMandatory() const { return m_requireMandatory; }
    // "FIELD: problem" lines; empty when the form can be sent.
    QStringList validationErrors() const;

public slots:
    // crm.status.list items of one dictionary, for every crm_status field of that statusType.
    void setStatuses(const QString &entityId, const QJsonArray &items);

signals:
    void changed();
    void statusesWanted(const QString &entityId);

private:
    QString problemOf(const FieldEditor *editor) const;
    void refreshMarks();

    QList<FieldDescriptor> m_specs;
    QHash<QString, FieldEditor *> m_editors;
    QHash<QString, QLabel *> m_labels;
    OrderedJson m_set = OrderedJson::object(); // as last set: its key order, its values as written
    bool m_requireMandatory = false;
    QFormLayout *m_layout = nullptr;
};

} // namespace b24
