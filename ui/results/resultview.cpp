#include "ui/results/resultview.h"

#include "core/b24/redaction.h"
#include "core/b24/resultrows.h"
#include "ui/batch/batchresultview.h"
#include "ui/common/jsontreemodel.h"
#include "ui/common/tsvcopy.h"
#include "ui/results/answertextview.h"
#include "ui/results/resultproxymodel.h"
#include "ui/results/resulttablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

QString headerText(const CallResult &result, const QString &endpoint)
{
    // The status first (what is read first), then which API and address answered.
    QString text = QObject::tr("HTTP %1, %2 ms, %n attempt(s)", nullptr, result.attempts)
                       .arg(result.httpStatus)
                       .arg(result.elapsedMs) +
                   u'\n';
    text += (result.api == ApiVersion::V3 ? ResultView::tr("API: REST 3.0 (v3)")
                                          : ResultView::tr("API: classic REST (v2)")) +
            u'\n';
    if (!endpoint.isEmpty())
        text += ResultView::tr("Endpoint: %1").arg(endpoint) + u'\n';
    // docs/protocol.md §11.6: what makes repeating this write safe, and whether the portal did.
    if (!result.idempotencyKey.isEmpty()) {
        text += ResultView::tr("Idempotency-Key sent: %1").arg(result.idempotencyKey) + u'\n';
        text +=
            (result.replayed
                 ? ResultView::tr(
                       "Replayed: yes (Idempotent-Replayed: true) — the portal returned the answer "
                       "it stored for an earlier request with this key; the method did not run "
                       "again")
                 : ResultView::tr("Replayed: no — the method ran for this request; sending it again with "
                                  "the same key within 24 hours returns this answer instead of running it "
                                  "twice")) +
            u'\n';
    }
    if (!result.requestId.isEmpty())
        text += QObject::tr("Request ID: %1").arg(result.requestId) + u'\n';
    if (result.time) {
        const ResponseTime &time = *result.time;
        text += QObject::tr("Portal time: %1 s (processing %2 s)").arg(time.duration).arg(time.processing) +
                u'\n';
        if (time.operating)
            text += QObject::tr("Operating time of this method: %1 s").arg(*time.operating) + u'\n';
    }
    text += u'\n';
    for (const auto &header : result.headers)
        text += QString::fromLatin1(header.first) + u": "_s + QString::fromUtf8(header.second) + u'\n';
    return redact(text); // core redacted the values already; a view never relies on it alone
}

} // namespace

ResultView::ResultView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ResultTableModel(this))
    , m_proxy(new ResultProxyModel(this))
    , m_treeModel(new JsonTreeModel(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new QTableView(this))
    , m_tree(new QTreeView(this))
    , m_raw(new AnswerTextView(AnswerTextView::Kind::Body, this))
    , m_headers(new AnswerTextView(AnswerTextView::Kind::Plain, this))
    , m_batch(new BatchResultView(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_sortProgress(new QProgressBar(this))
    , m_sortCancel(new QToolButton(this))
    , m_filterDelay(new QTimer(this))
    , m_notes(new QLabel(this))
{
    m_proxy->setResultModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setObjectName(u"resultTable"_s);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_tree->setModel(m_treeModel);
    m_tree->setObjectName(u"resultTree"_s);
    m_tree->setUniformRowHeights(true);
    // The value is what is read: it takes the room the key and type columns leave.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_raw->setObjectName(u"resultRaw"_s);
    m_headers->setObjectName(u"resultHeaders"_s);
    m_filter->setPlaceholderText(tr("Filter rows (any column)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(u"resultFilter"_s);
    m_sortProgress->setObjectName(u"sortProgress"_s);
    m_sortProgress->setRange(0, 1000);
    m_sortProgress->setMaximumWidth(160);
    m_sortProgress->setFormat(tr("Sorting… %p%"));
    m_sortCancel->setObjectName(u"sortCancel"_s);
    m_sortCancel->setText(tr("Cancel"));
    m_sortCancel->setToolTip(tr("Stop sorting and keep the current order"));
    showSortState(false);

    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_sortProgress);
    bar->addWidget(m_sortCancel);
    bar->addWidget(m_count);
    tableLayout->addLayout(bar);
    tableLayout->addWidget(m_table, 1);

    m_tabs->addTab(tablePage, tr("Table"));
    m_tabs->addTab(m_tree, tr("JSON"));
    m_tabs->addTab(m_raw, tr("Raw"));
    m_tabs->addTab(m_headers, tr("Headers && timing"));
    m_tabs->addTab(m_batch, tr("Batch"));
    connect(m_batch, &BatchResultView::openResultRequested, this,
            [this](const QString &, const QJsonValue &value) {
                m_model->clear();
                m_model->appendRows(resultRows(value));
                setTree(value);
                m_tabs->setCurrentIndex(TableTab);
            });
    // What the run says about its rows (partial, a strategy replaced, a count that differs):
    // above the tabs, so it stays in view whichever tab is open.
    m_notes->setObjectName(u"resultNotes"_s);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setStyleSheet(u"QLabel { padding: 4px; border: 1px solid palette(mid); }"_s);
    m_notes->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notes);
    layout->addWidget(m_tabs);

    // Filtering a million rows is not free: wait until the user stops typing.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { m_proxy->setFilterText(m_filter->text()); });
    connect(m_proxy, &ResultProxyModel::filterFinished, this, &ResultView::updateCount);
    // A large sort runs on a worker: the table stays usable, the bar shows it is coming.
    connect(m_proxy, &ResultProxyModel::sortStarted, this, [this] { showSortState(true); });
    connect(m_proxy, &ResultProxyModel::sortProgress, m_sortProgress, &QProgressBar::setValue);
    connect(m_sortCancel, &QToolButton::clicked, m_proxy, &ResultProxyModel::cancelSort);
    connect(m_proxy, &ResultProxyModel::sortFinished, this, [this] {
        showSortState(false);
        // The header shows the order on screen (after a cancel: the previous one).
        const QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(m_proxy->sortColumn(), m_proxy->sortOrder());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ResultView::updateCount);
    connect(m_model, &QAbstractItemModel::columnsInserted, this, &ResultView::applyColumnOrder);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResultView::updateCount);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        setTree(index.data(ResultTableModel::RowJsonRole).toJsonObject());
        m_tabs->setCurrentIndex(TreeTab);
    });

    auto *copy = new QAction(tr("Copy as TSV"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] { copySelection(false); });
    auto *copyWithHeader = new QAction(tr("Copy with column names"), m_table);
    connect(copyWithHeader, &QAction::triggered, this, [this] { copySelection(true); });
    m_table->addAction(copy);
    m_table->addAction(copyWithHeader);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    updateCount();
}

void ResultView::clear()
{
    m_model->clear();
    m_treeModel->setJson({});
    m_raw->clear();
    m_headers->clear();
    setNotes({});
    setPartial({});
}

void ResultView::setColumnOrder(const QStringList &names)
{
    m_columnOrder = names;
    applyColumnOrder();
}

void ResultView::applyColumnOrder()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QStringList &columns = m_model->columns();
    int visual = 0;
    for (const QString &name : std::as_const(m_columnOrder)) {
        const int logical = int(columns.indexOf(name));
        if (logical < 0)
            continue;
        const int from = header->visualIndex(logical);
        if (from >= visual) { // a name listed twice keeps its first place
            header->moveSection(from, visual);
            ++visual;
        }
    }
}

QStringList ResultView::shownColumns() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    const QStringList &columns = m_model->columns();
    QStringList shown;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && logical < columns.size())
            shown.append(columns.at(logical));
    }
    return shown;
}

void ResultView::setPartial(const QString &text)
{
    m_partial = text;
    updateCount();
}

QString ResultView::countText() const
{
    return m_count->text();
}

void ResultView::setNotes(const QStringList &lines)
{
    QStringList marked;
    for (const QString &line : lines)
        marked.append(u"⚠ "_s + line);
    m_notes->setText(marked.join(u'\n'));
    m_notes->setVisible(!lines.isEmpty());
}

QString ResultView::notesText() const
{
    return m_notes->text();
}

void ResultView::appendRows(const QJsonArray &rows)
{
    m_model->appendRows(rows);
}

void ResultView::showCallResult(const CallResult &result)
{
    m_model->appendRows(resultRows(result.result));
    QJsonObject error{{u"error"_s, result.error.code}, {u"error_description"_s, result.error.description}};
    if (!result.error.validation.isEmpty()) {
        QJsonArray fields;
        for (const FieldError &entry : result.error.validation)
            fields.append(QJsonObject{{u"field"_s, entry.field}, {u"message"_s, entry.message}});
        error.insert(u"validation"_s, fields);
    }
    setTree(result.ok() ? result.envelope() : error);
    showExchange(result);
}

void ResultView::showExchange(const CallResult &result, const QString &note)
{
    m_raw->setBody(result.rawBody, !result.ok());
    m_raw->setNote(note);
    m_headers->setPlainText(headerText(result, m_endpoint));
    m_headers->setNote(note);
}

void ResultView::setEndpoint(const QString &endpoint)
{
    m_endpoint = redact(endpoint);
}

void ResultView::showBatchResult(const BatchResult &result)
{
    m_batch->setResult(result);
    m_tabs->setCurrentIndex(BatchTab);
}

void ResultView::setTree(const QJsonValue &value)
{
    m_treeModel->setJson(value);
    m_tree->expandToDepth(0);
    m_tree->resizeColumnToContents(0);
}

ExportRows ResultView::shownRows() const
{
    ExportRows rows{m_model->snapshot(), {}};
    rows.order.reserve(size_t(m_proxy->rowCount()));
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.order.push_back(m_proxy->sourceRow(row));
    return rows;
}

void ResultView::showSortState(bool running)
{
    m_sortProgress->setValue(0);
    m_sortProgress->setVisible(running);
    m_sortCancel->setVisible(running);
}

QString ResultView::rawText() const
{
    return m_raw->text();
}

QString ResultView::headersText() const
{
    return m_headers->text();
}

QString ResultView::exchangeNote() const
{
    return m_raw->note();
}

void ResultView::copySelection(bool withHeader)
{
    const QString text = TsvCopy::fromIndexes(m_table->selectionModel()->selectedIndexes(), withHeader);
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void ResultView::updateCount()
{
    const qsizetype total = m_model->rowTotal();
    const int shown = m_proxy->rowCount();
    QString text = shown == total ? tr("%n row(s)", nullptr, int(total))
                                  : tr("%1 of %n row(s)", nullptr, int(total)).arg(shown);
    if (!m_partial.isEmpty())
        text = u"⚠ "_s + m_partial + u" · "_s + text;
    m_count->setText(text);
}

} // namespace b24
