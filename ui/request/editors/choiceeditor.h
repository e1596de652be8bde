#pragma once

#include "ui/request/editors/fieldeditor.h"

#include <QJsonArray>

class QComboBox;
class QListWidget;

namespace b24 {

// A pick from a list of (code, label) items: enumeration items from the descriptor, or the
// crm.status.list dictionary of a crm_status field, which arrives later (setStatusItems). Codes
// not in the list stay typeable. A multiple field shows a checkable list and sends an array.
class ChoiceEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit ChoiceEditor(const FieldDescriptor &spec, QWidget *parent = nullptr);

    QString kind() const override;
    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;

    void setItems(const QList<QPair<QString, QString>> &items);
    // The crm.status.list items (STATUS_ID, NAME) of this field's statusType.
    void setStatusItems(const QJsonArray &statuses);
    int itemCount() const;

    QComboBox *comboBox() const { return m_combo; }
    QListWidget *listWidget() const { return m_list; }

private:
    QComboBox *m_combo = nullptr;  // single
    QListWidget *m_list = nullptr; // multiple
};

} // namespace b24
