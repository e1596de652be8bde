#include "ui/results/resultview.h"

#include "core/b24/redaction.h"
#include "ui/batch/batchresultview.h"
#include "ui/common/jsontreemodel.h"
#include "ui/common/tsvcopy.h"
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

// The rows a single call's result holds: a list, a wrapped list ({"items": [...]}), or one object.
QJsonArray rowsOf(const QJsonValue &result)
{
    if (result.isArray())
        return result.toArray();
    if (result.isObject()) {
        const QJsonObject object = result.toObject();
        if (object.size() == 1 && object.begin().value().isArray())
            return object.begin().value().toArray();
        return QJsonArray{object};
    }
    if (result.isUndefined() || result.isNull())
        return {};
    return QJsonArray{result};
}

QString headerText(const CallResult &result)
{
    QString text = QObject::tr("HTTP %1, %2 ms, %n attempt(s)", nullptr, result.attempts)
                       .arg(result.httpStatus)
                       .arg(result.elapsedMs) +
                   u'\n';
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
    , m_raw(new QPlainTextEdit(this))
    , m_headers(new QPlainTextEdit(this))
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
    m_raw->setReadOnly(true);
    m_raw->setObjectName(u"resultRaw"_s);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_headers->setReadOnly(true);
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
                m_model->appendRows(rowsOf(value));
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
    m_model->appendRows(rowsOf(result.result));
    setTree(result.ok() ? result.envelope()
                        : QJsonObject{{u"error"_s, result.error.code},
                                      {u"error_description"_s, result.error.description}});
    showExchange(result);
}

void ResultView::showExchange(const CallResult &result)
{
    // Shown as received; a body over 8 MB is cut so the editor stays responsive.
    constexpr qsizetype maxShown = 8 * 1024 * 1024;
    QString raw = QString::fromUtf8(result.rawBody.left(maxShown));
    // An answer that is not a success (a redirect page, a proxy's error page) may echo the
    // request URL. A success is the portal's data, up to megabytes: scanning it would stall the
    // window, and core keeps success bodies as they are for the same reason.
    if (!result.ok())
        raw = redact(raw);
    if (result.rawBody.size() > maxShown)
        raw += u'\n' + tr("[… %1 more bytes not shown]").arg(result.rawBody.size() - maxShown);
    m_raw->setPlainText(raw);
    m_headers->setPlainText(headerText(result));
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

void ResultView::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
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
    return m_raw->toPlainText();
}

QString ResultView::headersText() const
{
    return m_headers->toPlainText();
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
    m_count->setText(shown == total ? tr("%n row(s)", nullptr, int(total))
                                    : tr("%1 of %n row(s)", nullptr, int(total)).arg(shown));
}

} // namespace b24
