#include "ui/batch/batcheditor.h"

#include "ui/batch/batchcommandmodel.h"
#include "ui/batch/batchreference.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

BatchEditor::BatchEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new BatchCommandModel(this))
    , m_view(new QTableView(this))
    , m_halt(new QCheckBox(tr("Stop at the first failing command (halt)"), this))
    , m_source(new QComboBox(this))
    , m_path(new QLineEdit(u"[0][ID]"_s, this))
    , m_parameter(new QLineEdit(this))
    , m_paramsEdit(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_view, 1);
    m_paramsEdit->setObjectName(u"batchParams"_s);
    m_paramsEdit->setPlaceholderText(tr("Parameters of the selected command (JSON object)"));
    m_paramsEdit->setMaximumHeight(120);
    m_paramsEdit->setEnabled(false);
    layout->addWidget(m_paramsEdit);

    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add command"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    rowButtons->addWidget(m_halt);
    layout->addLayout(rowButtons);

    auto *refRow = new QHBoxLayout;
    m_parameter->setPlaceholderText(tr("parameter, e.g. filter.>ID or fields.CONTACT_ID"));
    m_path->setToolTip(tr("Path inside the earlier answer: [0][ID] is the first row's ID"));
    auto *insert = new QPushButton(tr("Insert reference"), this);
    refRow->addWidget(new QLabel(tr("Use the answer of"), this));
    refRow->addWidget(m_source);
    refRow->addWidget(m_path);
    refRow->addWidget(new QLabel(tr("in"), this));
    refRow->addWidget(m_parameter, 1);
    refRow->addWidget(insert);
    layout->addLayout(refRow);

    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_model->addCommand({});
        m_view->setCurrentIndex(m_model->index(row, BatchCommandModel::MethodColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            m_model->removeRow(m_view->currentIndex().row());
    });
    connect(insert, &QPushButton::clicked, this, [this] {
        insertReference(m_view->currentIndex().row(), m_source->currentText(), m_path->text(),
                        m_parameter->text());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        refreshSources();
        loadParamsEdit();
    });
    connect(m_paramsEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (m_loading || !current.isValid())
            return;
        m_loading = true; // the model echoes the change back through dataChanged
        m_model->setData(m_model->index(current.row(), BatchCommandModel::ParamsColumn),
                         m_paramsEdit->toPlainText());
        m_loading = false;
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_loading)
            loadParamsEdit();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, [this] {
            refreshSources();
            emit changed();
        });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        refreshSources();
        emit changed();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        refreshSources();
        loadParamsEdit();
        emit changed();
    });
    connect(m_halt, &QCheckBox::toggled, this, &BatchEditor::changed);
}

void BatchEditor::loadParamsEdit()
{
    const QModelIndex current = m_view->currentIndex();
    m_loading = true;
    m_paramsEdit->setEnabled(current.isValid());
    bool ok = false;
    const OrderedJson params =
        current.isValid() ? m_model->params(current.row(), &ok) : OrderedJson::object();
    // Valid parameters are shown indented; invalid text as typed, so it can be fixed.
    m_paramsEdit->setPlainText(
        !current.isValid() ? QString()
        : ok && !params.isEmpty()
            ? QString::fromUtf8(params.toJson(OrderedJson::Format::Indented))
            : m_model->index(current.row(), BatchCommandModel::ParamsColumn).data().toString());
    m_loading = false;
}

QList<BatchCommand> BatchEditor::commands() const
{
    return m_model->commands();
}

void BatchEditor::setCommands(const QList<BatchCommand> &commands)
{
    m_model->setCommands(commands);
}

bool BatchEditor::haltOnError() const
{
    return m_halt->isChecked();
}

void BatchEditor::setHaltOnError(bool halt)
{
    m_halt->setChecked(halt);
}

QStringList BatchEditor::validationErrors() const
{
    return m_model->validationErrors();
}

void BatchEditor::refreshSources()
{
    // Only commands above the current one can be referred to: the portal runs them in order.
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : m_model->rowCount();
    const QString previous = m_source->currentText();
    const QSignalBlocker blocker(m_source);
    m_source->clear();
    for (int row = 0; row < current; ++row)
        m_source->addItem(m_model->key(row));
    const int index = m_source->findText(previous);
    if (index >= 0)
        m_source->setCurrentIndex(index);
}

bool BatchEditor::insertReference(int row, const QString &sourceKey, const QString &path,
                                  const QString &parameter)
{
    if (row < 0 || row >= m_model->rowCount() || parameter.trimmed().isEmpty())
        return false;
    bool earlier = false;
    for (int other = 0; other < row; ++other)
        earlier = earlier || m_model->key(other) == sourceKey;
    bool ok = false;
    const OrderedJson params = m_model->params(row, &ok);
    if (!earlier || !ok)
        return false;
    const QString reference = batchResultReference(sourceKey, referencePath(path));
    m_model->setParams(row, withParameter(params, parameter.trimmed(), reference));
    return true;
}

} // namespace b24
