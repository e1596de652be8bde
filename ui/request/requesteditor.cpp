#include "ui/request/requesteditor.h"

#include "core/b24/batchcommand.h"
#include "core/catalog/fieldschema.h"
#include "ui/batch/batcheditor.h"
#include "ui/request/fieldform.h"
#include "ui/request/methodbox.h"
#include "ui/request/paramspane.h"
#include "ui/request/schemasource.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

struct RequestEditor::Private
{
    QPointer<SchemaSource> source;
    QList<QMetaObject::Connection> sourceConnections;
    MethodBox *methodBox = nullptr;
    QComboBox *mode = nullptr;
    QComboBox *strategy = nullptr;
    QPushButton *run = nullptr;
    QPushButton *cancel = nullptr;
    QStackedWidget *stack = nullptr;
    ParamsPane *params = nullptr;
    BatchEditor *batch = nullptr;
    QLabel *problems = nullptr;
    QTimer fieldsTimer;
    QString fieldsMethod;        // the method whose *.fields the form shows or awaits
    QSet<QString> statusesAsked; // crm.status.list dictionaries already asked for
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
    d->mode = new QComboBox(this);
    d->mode->setObjectName(u"runMode"_s);
    d->mode->addItem(tr("Single call"), int(RunMode::Single));
    d->mode->addItem(tr("All pages"), int(RunMode::AllPages));
    d->mode->addItem(tr("Batch"), int(RunMode::Batch));
    d->strategy = new QComboBox(this);
    d->strategy->setObjectName(u"listStrategy"_s);
    d->strategy->setToolTip(tr("How all pages are fetched"));
    d->strategy->addItem(tr("Auto"), int(ListStrategy::Auto));
    d->strategy->addItem(tr("Batched keyset (fastest)"), int(ListStrategy::BatchedKeyset));
    d->strategy->addItem(tr("Keyset"), int(ListStrategy::Keyset));
    d->strategy->addItem(tr("Offset (start/next)"), int(ListStrategy::Offset));
    d->run = new QPushButton(tr("Run"), this);
    d->run->setObjectName(u"run"_s);
    d->run->setToolTip(tr("Run the request (Ctrl+Enter)"));
    d->cancel = new QPushButton(tr("Cancel"), this);
    d->cancel->setObjectName(u"cancel"_s);
    top->addWidget(d->methodBox, 1);
    top->addWidget(d->mode);
    top->addWidget(d->strategy);
    top->addWidget(d->run);
    top->addWidget(d->cancel);
    layout->addLayout(top);
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

    d->fieldsTimer.setSingleShot(true);
    d->fieldsTimer.setInterval(300); // ask for *.fields once typing pauses
    connect(&d->fieldsTimer, &QTimer::timeout, this, &RequestEditor::fetchFields);
    connect(d->methodBox, &MethodBox::methodChanged, this, &RequestEditor::methodEdited);
    connect(d->methodBox, &MethodBox::refreshRequested, this, [this] {
        if (d->source)
            d->source->requestMethods(true);
    });
    connect(d->mode, &QComboBox::currentIndexChanged, this, [this] {
        d->stack->setCurrentWidget(runMode() == RunMode::Batch ? static_cast<QWidget *>(d->batch)
                                                               : d->params);
        updateState();
        emit runModeChanged(runMode());
    });
    connect(d->params, &ParamsPane::changed, this, [this] {
        updateState();
        emit paramsChanged();
    });
    connect(d->batch, &BatchEditor::changed, this, [this] {
        updateState();
        emit paramsChanged();
    });
    connect(d->params, &ParamsPane::statusesWanted, this, [this](const QString &entityId) {
        if (d->source && !d->statusesAsked.contains(entityId)) {
            d->statusesAsked.insert(entityId);
            d->source->requestStatuses(entityId);
        }
    });
    connect(d->run, &QPushButton::clicked, this, [this] {
        updateState();
        if (isValid() && !d->running)
            emit runRequested();
    });
    connect(d->cancel, &QPushButton::clicked, this, &RequestEditor::cancelRequested);
    updateState();
}

RequestEditor::~RequestEditor() = default;

void RequestEditor::setSchemaSource(SchemaSource *source)
{
    for (const auto &c : std::as_const(d->sourceConnections))
        disconnect(c);
    d->sourceConnections.clear();
    d->statusesAsked.clear();
    d->source = source;
    if (!source)
        return;
    d->sourceConnections << connect(source, &SchemaSource::methodsReady, d->methodBox,
                                    &MethodBox::setCatalog);
    d->sourceConnections << connect(
        source, &SchemaSource::fieldsReady, this, [this](const QString &method, const QJsonObject &fields) {
            if (method != d->fieldsMethod)
                return; // an answer for a method typed earlier
            const auto schema = FieldSchema::parse(fields);
            d->params->setSpecs(schema ? schema->fields() : QList<FieldDescriptor>());
        });
    d->sourceConnections << connect(source, &SchemaSource::statusesReady, d->params->fieldForm(),
                                    &FieldForm::setStatuses);
    d->sourceConnections << connect(source, &SchemaSource::failed, this, [this](const QString &what) {
        // A failed lookup may be retried by the next method change.
        if (what.startsWith("statuses:"_L1))
            d->statusesAsked.remove(what.mid(9));
        // No schema for this method: do not leave another entity's form on screen.
        if (what == u"fields:"_s + d->fieldsMethod)
            d->params->setSpecs({});
    });
    source->requestMethods(false);
    if (!method().isEmpty())
        fetchFields();
}

SchemaSource *RequestEditor::schemaSource() const
{
    return d->source;
}

void RequestEditor::setMethodCatalog(const MethodCatalog &catalog)
{
    d->methodBox->setCatalog(catalog);
}

void RequestEditor::setFieldSchema(const QString &method, const FieldSchema &schema)
{
    if (method != d->fieldsMethod && method != this->method())
        return; // an answer for a method typed earlier
    d->fieldsMethod = method;
    d->params->setSpecs(schema.fields());
}

QString RequestEditor::method() const
{
    return d->methodBox->method();
}

void RequestEditor::setMethod(const QString &method)
{
    d->methodBox->setMethod(method);
}

void RequestEditor::methodEdited()
{
    d->params->setMethod(method());
    d->fieldsTimer.start();
    updateState();
    emit methodChanged(method());
}

void RequestEditor::fetchFields()
{
    d->fieldsTimer.stop();
    const QString name = method();
    // Entity methods have a family (crm.deal.list -> crm.deal.fields); "profile" has none.
    if (!name.contains(u'.')) {
        d->fieldsMethod.clear();
        d->params->setSpecs({});
        return;
    }
    if (name == d->fieldsMethod)
        return;
    d->fieldsMethod = name;
    if (d->source)
        d->source->requestFields(name);
}

OrderedJson RequestEditor::params() const
{
    return d->params->params();
}

void RequestEditor::setParams(const OrderedJson &params)
{
    d->params->setParams(params);
}

RequestEditor::RunMode RequestEditor::runMode() const
{
    return RunMode(d->mode->currentData().toInt());
}

void RequestEditor::setRunMode(RunMode mode)
{
    d->mode->setCurrentIndex(d->mode->findData(int(mode)));
}

RequestEditor::ListStrategy RequestEditor::listStrategy() const
{
    return ListStrategy(d->strategy->currentData().toInt());
}

void RequestEditor::setListStrategy(ListStrategy strategy)
{
    d->strategy->setCurrentIndex(d->strategy->findData(int(strategy)));
}

QString RequestEditor::listStrategyName(ListStrategy strategy)
{
    switch (strategy) {
    case ListStrategy::Auto:
        return u"auto"_s;
    case ListStrategy::BatchedKeyset:
        return u"batch"_s;
    case ListStrategy::Keyset:
        return u"keyset"_s;
    case ListStrategy::Offset:
        return u"offset"_s;
    }
    return {};
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
    if (method().isEmpty())
        errors.prepend(tr("No method"));
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
