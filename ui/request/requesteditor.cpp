#include "ui/request/requesteditor.h"

#include "core/apidocs/docscatalog.h"
#include "core/b24/batchcommand.h"
#include "core/b24/methodkind.h"
#include "ui/batch/batcheditor.h"
#include "ui/request/apiswitch.h"
#include "ui/request/carriedparamsbar.h"
#include "ui/request/fieldform.h"
#include "ui/request/methodbox.h"
#include "ui/request/paramspane.h"
#include "ui/request/runmodebox.h"
#include "ui/request/schemalink.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

struct RequestEditor::Private
{
    SchemaLink *schema = nullptr;
    MethodBox *methodBox = nullptr;
    RunModeBox *mode = nullptr;
    ApiSwitch *api = nullptr;
    ApiVersion defaultApi = ApiVersion::V2;
    ApiVersion currentApi = ApiVersion::V2; // what the editor last applied (the box may be ahead)
    bool apiByHand = false;                 // the user picked the API: methods no longer switch it
    QComboBox *strategy = nullptr;
    QPushButton *run = nullptr;
    QPushButton *cancel = nullptr;
    QStackedWidget *stack = nullptr;
    ParamsPane *params = nullptr;
    BatchEditor *batch = nullptr;
    QLabel *problems = nullptr;
    CarriedParamsBar *carried = nullptr;
    OrderedJson shownParams = OrderedJson::object(); // what the editor itself last put in the pane
    bool carrying = false;                           // the pane changes for a method change, not the user
    bool running = false;
    bool lastValid = true;
};

RequestEditor::RequestEditor(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    d->methodBox = new MethodBox(this);
    d->api = new ApiSwitch(this);
    d->mode = new RunModeBox(this);
    d->strategy = new QComboBox(this);
    d->strategy->setObjectName(u"listStrategy"_s);
    d->strategy->setToolTip(tr("How all pages are fetched"));
    d->strategy->addItem(tr("Auto"), QVariant::fromValue(ListOptions::Strategy::Auto));
    d->strategy->addItem(tr("Batched keyset (fastest)"),
                         QVariant::fromValue(ListOptions::Strategy::BatchedKeyset));
    d->strategy->addItem(tr("Keyset"), QVariant::fromValue(ListOptions::Strategy::Keyset));
    d->strategy->addItem(tr("Offset (start/next)"), QVariant::fromValue(ListOptions::Strategy::Offset));
    // Sized for the chosen entry, not the longest one (Russian names are long): the method box
    // keeps its room beside the API switch; the list still shows each name whole.
    d->strategy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    d->strategy->setMinimumContentsLength(14);
    d->strategy->view()->setMinimumWidth(d->strategy->view()->sizeHintForColumn(0) + 24);
    d->run = new QPushButton(tr("Run"), this);
    d->run->setObjectName(u"run"_s);
    d->run->setToolTip(tr("Run the request (Ctrl+Enter)"));
    d->cancel = new QPushButton(tr("Cancel"), this);
    d->cancel->setObjectName(u"cancel"_s);
    top->addWidget(d->api);
    top->addWidget(d->methodBox, 1);
    top->addWidget(d->mode);
    top->addWidget(d->strategy);
    top->addWidget(d->run);
    top->addWidget(d->cancel);
    layout->addLayout(top);
    d->carried = new CarriedParamsBar(this);
    layout->addWidget(d->carried);
    d->stack = new QStackedWidget(this);
    d->params = new ParamsPane(this);
    d->batch = new BatchEditor(this);
    d->stack->addWidget(d->params);
    d->stack->addWidget(d->batch);
    layout->addWidget(d->stack, 1);
    d->problems = new QLabel(this);
    d->problems->setObjectName(u"problems"_s);
    d->problems->setWordWrap(true);
    layout->addWidget(d->problems);

    d->schema = new SchemaLink(d->methodBox, d->batch, d->params, this);
    connect(d->schema, &SchemaLink::fieldsChanged, this, &RequestEditor::fieldsChanged);
    connect(d->schema, &SchemaLink::v3CatalogChanged, this, [this] {
        if (api() == ApiVersion::V3)
            showV3Method();
        updateState();
    });
    connect(d->methodBox, &MethodBox::methodChanged, this, &RequestEditor::methodEdited);
    connect(d->methodBox, &MethodBox::methodCommitted, this, &RequestEditor::followApi);
    connect(d->methodBox, &MethodBox::refreshRequested, d->schema, &SchemaLink::refresh);
    connect(d->api, &ApiSwitch::chosen, this, [this](ApiVersion api) { applyApi(api, true); });
    connect(d->mode, &QComboBox::currentIndexChanged, this, [this] {
        d->stack->setCurrentWidget(runMode() == RunMode::Batch ? static_cast<QWidget *>(d->batch)
                                                               : d->params);
        updateState();
        emit runModeChanged(runMode());
    });
    connect(d->params, &ParamsPane::changed, this, [this] {
        // Parameters the user writes belong to the method shown now.
        if (!d->carrying && d->params->params() != d->shownParams) {
            d->shownParams = d->params->params();
            d->carried->setOrigin(method(), d->shownParams);
        }
        updateState();
        emit paramsChanged();
    });
    connect(d->carried, &CarriedParamsBar::clearRequested, this,
            [this] { setParams(OrderedJson::object()); });
    connect(d->carried, &CarriedParamsBar::keepRequested, this, [this] { setParams(params()); });
    connect(d->batch, &BatchEditor::changed, this, [this] {
        updateState();
        emit paramsChanged();
    });
    connect(d->run, &QPushButton::clicked, this, [this] {
        updateState();
        if (isValid() && !d->running)
            emit runRequested();
    });
    connect(d->cancel, &QPushButton::clicked, this, &RequestEditor::cancelRequested);
    updateState();
}

RequestEditor::~RequestEditor()
{
    // Closing the window moves the focus out of the method box (a commit) after `d` is gone.
    disconnect(d->methodBox, nullptr, this, nullptr);
}

void RequestEditor::setSchemaSource(SchemaSource *source)
{
    d->schema->setSource(source);
}

ApiVersion RequestEditor::api() const
{
    return d->currentApi;
}

void RequestEditor::setApi(ApiVersion api)
{
    applyApi(api, true);
}

void RequestEditor::setDefaultApi(ApiVersion api)
{
    d->defaultApi = api;
    d->apiByHand = false;
    applyApi(api, false);
}

void RequestEditor::applyApi(ApiVersion api, bool byHand)
{
    d->apiByHand = d->apiByHand || byHand;
    const bool changed = api != d->currentApi;
    d->currentApi = api;
    d->api->setApi(api);
    d->methodBox->setApi(api);
    d->mode->follow(method(), api);
    if (!changed)
        return;
    if (api == ApiVersion::V3) {
        d->schema->wantV3Catalog();
        showV3Method();
    } else {
        d->params->setApi(ApiVersion::V2);
    }
    // Another protocol names fields differently: the form follows it (REST 3.0 has no *.fields).
    d->schema->fetchFields(true);
    updateState();
    emit apiChanged(api);
}

QString RequestEditor::method() const
{
    return d->methodBox->method();
}

void RequestEditor::setMethod(const QString &method)
{
    d->methodBox->setMethod(method);
}

void RequestEditor::commitMethod()
{
    followApi();
}

void RequestEditor::followApi()
{
    // A method the documentation knows only as REST 3.0 (tasks.task.field.list) runs there.
    if (d->apiByHand)
        return;
    // Not the portal's REST 3.0 list: it also holds names the classic API has (tasks.task.get).
    const MethodSpec *spec = DocsCatalog::shipped().find(method());
    const ApiVersion wanted = spec && spec->restV3 ? ApiVersion::V3 : d->defaultApi;
    if (wanted != d->currentApi) // committing again (Enter, then leaving the box) changes nothing
        applyApi(wanted, false);
}

void RequestEditor::methodEdited()
{
    d->params->setMethod(method());
    if (api() == ApiVersion::V3)
        showV3Method();
    showParams(d->carried->paramsFor(method()));
    d->mode->follow(method(), api());
    d->schema->fetchFieldsSoon();
    updateState();
    emit methodChanged(method());
}

void RequestEditor::showV3Method()
{
    // The portal's description of the method (forms, select tree, filter builder); none while the
    // catalog is unknown or the portal does not describe it: the builders without a schema.
    d->params->setV3Method(d->schema->v3Method(method()));
}

OrderedJson RequestEditor::params() const
{
    return d->params->params();
}

void RequestEditor::setParams(const OrderedJson &params)
{
    d->carried->setOrigin(method(), params);
    showParams(params);
}

void RequestEditor::showParams(const OrderedJson &params)
{
    const OrderedJson object = params.isObject() ? params : OrderedJson::object();
    if (object == d->params->params())
        return;
    d->carrying = true;
    d->shownParams = object;
    d->params->setParams(object);
    d->carrying = false;
}

QString RequestEditor::carriedNote() const
{
    return d->carried->noteText();
}

RequestEditor::RunMode RequestEditor::runMode() const
{
    return d->mode->mode();
}

void RequestEditor::setRunMode(RunMode mode)
{
    d->mode->setWanted(mode, method(), api());
}

void RequestEditor::openRequest(const QString &method, const OrderedJson &params, RunMode mode,
                                ApiVersion api)
{
    setApi(api);
    QList<BatchCommand> commands;
    bool halt = false;
    if (method.compare(u"batch"_s, Qt::CaseInsensitive) == 0 &&
        BatchCommand::fromStoredJson(params, &commands, &halt)) {
        setBatchCommands(commands);
        setHaltOnError(halt);
        setRunMode(RunMode::Batch);
        return;
    }
    setMethod(method);
    setParams(params);
    setRunMode(mode == RunMode::Batch ? RunMode::Single : mode);
}

ListOptions::Strategy RequestEditor::listStrategy() const
{
    return d->strategy->currentData().value<ListOptions::Strategy>();
}

void RequestEditor::setListStrategy(ListOptions::Strategy strategy)
{
    for (int i = 0; i < d->strategy->count(); ++i) {
        if (d->strategy->itemData(i).value<ListOptions::Strategy>() == strategy)
            d->strategy->setCurrentIndex(i);
    }
}

QList<BatchCommand> RequestEditor::batchCommands() const
{
    return d->batch->commands();
}

void RequestEditor::setBatchCommands(const QList<BatchCommand> &commands)
{
    d->batch->setCommands(commands);
}

bool RequestEditor::haltOnError() const
{
    return d->batch->haltOnError();
}

void RequestEditor::setHaltOnError(bool halt)
{
    d->batch->setHaltOnError(halt);
}

QStringList RequestEditor::validationErrors() const
{
    if (runMode() == RunMode::Batch) {
        QStringList errors = d->batch->validationErrors();
        if (d->batch->commands().isEmpty())
            errors.prepend(tr("The batch has no commands"));
        return errors;
    }
    QStringList errors = d->params->validationErrors();
    const QString nameProblem = MethodKind::nameProblem(method());
    if (!nameProblem.isEmpty() && !d->methodBox->offeredMethods().isEmpty())
        errors.prepend(
            tr("\"%1\" is a search, not a method name: choose a method from the list").arg(method()));
    else if (!nameProblem.isEmpty())
        errors.prepend(nameProblem);
    else if (runMode() == RunMode::AllPages && !MethodKind::isList(method(), api()))
        errors.prepend(tr("All pages applies to list methods only; %1 is not a list: run it as a single call")
                           .arg(method()));
    return errors;
}

void RequestEditor::setRunning(bool running)
{
    d->running = running;
    updateState();
}

bool RequestEditor::isRunning() const
{
    return d->running;
}

MethodBox *RequestEditor::methodBox() const
{
    return d->methodBox;
}

ParamsPane *RequestEditor::paramsPane() const
{
    return d->params;
}

BatchEditor *RequestEditor::batchEditor() const
{
    return d->batch;
}

void RequestEditor::updateState()
{
    const QStringList errors = validationErrors();
    const bool valid = errors.isEmpty();
    d->methodBox->setEnabled(runMode() != RunMode::Batch);
    d->carried->setEnabled(runMode() != RunMode::Batch);
    d->strategy->setEnabled(runMode() == RunMode::AllPages);
    d->run->setEnabled(!d->running && valid);
    d->cancel->setEnabled(d->running);
    d->problems->setText(
        valid ? QString()
              : u"<span style=\"color:#c0392b\">%1</span>"_s.arg(
                    errors.join(u"<br>"_s).toHtmlEscaped().replace(u"&lt;br&gt;"_s, u"<br>"_s)));
    if (valid != d->lastValid) {
        d->lastValid = valid;
        emit validityChanged(valid);
    }
}

} // namespace b24
