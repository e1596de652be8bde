#pragma once

#include "core/b24/listoptions.h"
#include "core/b24/orderedjson.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace b24 {

struct BatchCommand;
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

    explicit RequestEditor(QWidget *parent = nullptr);
    ~RequestEditor() override;

    // Context from outside: methods, *.fields and crm.status.list answers. Not owned; may be null.
    void setSchemaSource(SchemaSource *source);

    // The protocol the request speaks (docs/protocol.md §11): the switch beside the method box.
    // It starts at the API the portal's webhook URL names (setDefaultApi); a method the
    // documentation knows only as REST 3.0 selects v3 by itself, and leaving it goes back, unless
    // the user chose the API by hand. It switches when the name is committed (chosen from the
    // list, Enter, the box left, set by the program), never while it is typed, so it does not
    // flip back and forth on the way to a name. Method and parameters stay as they are.
    ApiVersion api() const;
    void setApi(ApiVersion api);
    void setDefaultApi(ApiVersion api);

    QString method() const;
    void setMethod(const QString &method);
    // Commits the method as typed (as leaving the box does): the window calls it before a run, so
    // Ctrl+Enter straight after typing runs under the API the name selects.
    void commitMethod();
    // The parameters of a single or all-pages run, keys in the order written.
    OrderedJson params() const;
    // Parameters written for the current method (what a method change may carry over).
    void setParams(const OrderedJson &params);
    // "Kept from crm.contact.list: filter, select." while parameters of another method are shown.
    QString carriedNote() const;

    // The mode follows the method: All pages is offered for lists only; a mode asked for that
    // cannot apply falls back to Single call and comes back when a list is chosen again.
    RunMode runMode() const;
    void setRunMode(RunMode mode);
    // Opens a kept request (history, saved requests): a batch kept whole (BatchCommand's stored
    // form) in the batch editor, anything else as method, parameters and mode.
    void openRequest(const QString &method, const OrderedJson &params, RunMode mode,
                     ApiVersion api = ApiVersion::V2);
    ListOptions::Strategy listStrategy() const;
    void setListStrategy(ListOptions::Strategy strategy);

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
    void apiChanged(b24::ApiVersion api);
    void paramsChanged();
    void runModeChanged(b24::RequestEditor::RunMode mode);
    void validityChanged(bool valid);
    // The method's field list (*.fields) arrived: the form, builders and table order follow it.
    void fieldsChanged();

private:
    void methodEdited();
    void followApi(); // the automatic API choice for the committed method
    void applyApi(ApiVersion api, bool byHand);
    void showV3Method();
    void updateState();
    void showParams(const OrderedJson &params); // without changing whom they belong to

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace b24
