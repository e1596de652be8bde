#pragma once

#include "core/b24/batchcommand.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace b24 {

class BatchCommandModel;

// The batch editor: one row per command (key, method, parameters JSON), halt on error, and a
// helper that puts a $result[key][0][ID] reference to an earlier command into a parameter.
class BatchEditor : public QWidget
{
    Q_OBJECT
public:
    explicit BatchEditor(QWidget *parent = nullptr);

    BatchCommandModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The parameters of the current command, several lines at a time.
    QPlainTextEdit *paramsEdit() const { return m_paramsEdit; }

    QList<BatchCommand> commands() const;
    void setCommands(const QList<BatchCommand> &commands);
    bool haltOnError() const;
    void setHaltOnError(bool halt);
    QStringList validationErrors() const;

    // Sets parameter (dotted path: "filter.>ID", "fields.CONTACT_ID", "id") of command row to a
    // reference to sourceKey's answer at path ("[0][ID]"). False if sourceKey is not an earlier
    // command or the row's parameters are not valid JSON.
    bool insertReference(int row, const QString &sourceKey, const QString &path, const QString &parameter);

signals:
    void changed();

private:
    void refreshSources();
    void loadParamsEdit();

    BatchCommandModel *m_model;
    QTableView *m_view;
    QCheckBox *m_halt;
    QComboBox *m_source;
    QLineEdit *m_path;
    QLineEdit *m_parameter;
    QPlainTextEdit *m_paramsEdit;
    bool m_loading = false;
};

} // namespace b24
