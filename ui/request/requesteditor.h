#pragma once

#include "core/b24/orderedjson.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace b24 {

struct BatchCommand;
class FieldSchema;
class MethodCatalog;
class SchemaSource;
class MethodBox;
class ParamsPane;
class BatchEditor;

// The request editor: a method box with completion and an availability badge, parameters as a
// form generated from *.fields (fields, select, filter, order) kept in sync with a raw JSON tab,
// the run mode, and a batch editor. It only edits: the window runs what it describes.
class RequestEditor : public QWidget
{
    Q_OBJECT
public:
    enum class RunMode
    {
        Single,
        AllPages,
        Batch
    };
    Q_ENUM(RunMode)
    // Mirrors core's ListOptions::Strategy (auto / batch / keyset / offset).
    enum class ListStrategy
    {
        Auto,
        BatchedKeyset,
        Keyset,
        Offset
    };
    Q_ENUM(ListStrategy)

    explicit RequestEditor(QWidget *parent = nullptr);
    ~RequestEditor() override;

    // Context from outside: methods, *.fields and crm.status.list answers. Not owned; may be null.
    void setSchemaSource(SchemaSource *source);
    SchemaSource *schemaSource() const;
    // The same context pushed directly (what the source's signals deliver).
    void setMethodCatalog(const MethodCatalog &catalog);
    void setFieldSchema(const QString &method, const FieldSchema &schema);

    QString method() const;
    void setMethod(const QString &method);
    // The parameters of a single or all-pages run, keys in the order written.
    OrderedJson params() const;
    void setParams(const OrderedJson &params);

    RunMode runMode() const;
    void setRunMode(RunMode mode);
    ListStrategy listStrategy() const;
    void setListStrategy(ListStrategy strategy);
    static QString listStrategyName(ListStrategy strategy); // "auto", "batch", "keyset", "offset"

    // Batch mode: the commands in order (any number; core chunks them by 50) and halt.
    QList<BatchCommand> batchCommands() const;
    void setBatchCommands(const QList<BatchCommand> &commands);
    bool haltOnError() const;
    void setHaltOnError(bool halt);

    // Problems that block a run (required field missing, not a number, invalid JSON, ...),
    // each naming the field; empty when the request can be sent.
    QStringList validationErrors() const;
    bool isValid() const { return validationErrors().isEmpty(); }

    // The window tells the editor whether a run is in flight (Run <-> Cancel).
    void setRunning(bool running);
    bool isRunning() const;

    // Sub-widgets, for the window (focus, Ctrl+K) and tests.
    MethodBox *methodBox() const;
    ParamsPane *paramsPane() const;
    BatchEditor *batchEditor() const;

signals:
    void runRequested();
    void cancelRequested();
    void methodChanged(const QString &method);
    void paramsChanged();
    void runModeChanged(b24::RequestEditor::RunMode mode);
    void validityChanged(bool valid);

private:
    void methodEdited();
    void fetchFields();
    void updateState();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace b24
