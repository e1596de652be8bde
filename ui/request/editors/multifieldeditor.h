#pragma once

#include "ui/request/editors/fieldeditor.h"

#include <QJsonArray>

class QTableWidget;

namespace b24 {

// PHONE, EMAIL, WEB, IM, LINK: rows of (value type, value), sent as
// [{"VALUE": "...", "VALUE_TYPE": "WORK"}]; a row read from the portal keeps its ID so an
// update changes that value instead of adding one.
class MultiFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit MultiFieldEditor(const FieldDescriptor &spec, QWidget *parent = nullptr);

    QString kind() const override;
    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;

    int rowCount() const;
    void addRow(const QString &valueType = {}, const QString &text = {}, const QString &id = {});
    QTableWidget *table() const { return m_table; }
    // The VALUE_TYPE choices of this field (WORK, MOBILE, HOME ... for PHONE).
    static QStringList valueTypes(const QString &fieldName);

private:
    QTableWidget *m_table;
};

} // namespace b24
