#pragma once

#include <QJsonValue>
#include <QStringList>
#include <QWidget>

class QTableWidget;

namespace b24 {

// Rows of (field, choice[, value]) with add/remove: the body of the filter and order builders.
// A value set from JSON is returned unchanged (same JSON type) until its text is edited.
class FieldRowTable : public QWidget
{
    Q_OBJECT
public:
    FieldRowTable(const QStringList &choices, bool hasValue, QWidget *parent = nullptr);

    void setFieldNames(const QStringList &names);
    int rowCount() const;
    int addRow(const QString &field = {}, const QString &choice = {}, const QJsonValue &value = {});
    void removeRow(int row);
    void clear();

    QString field(int row) const;
    QString choice(int row) const;
    void setChoice(int row, const QString &choice);
    QString valueText(int row) const;
    void setValueText(int row, const QString &text);
    // The value as typed, or the JSON value it was set from if the text is unchanged.
    QJsonValue value(int row) const;

    QTableWidget *table() const { return m_table; }

signals:
    void changed();
    void rowRemoved(int row); // by the user or removeRow(), before changed()

private:
    QStringList m_choices;
    QStringList m_fieldNames;
    bool m_hasValue;
    QTableWidget *m_table;
};

} // namespace b24
