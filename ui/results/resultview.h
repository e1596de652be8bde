#pragma once

#include "core/b24/batchresult.h"
#include "core/b24/callresult.h"
#include "ui/results/exportjob.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QToolButton;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace b24 {

class AnswerTextView;
class BatchResultView;
class JsonTreeModel;
class ResultProxyModel;
class ResultTableModel;

// The result of one run, four ways: a table of flattened rows (sort, filter, copy as TSV), the
// JSON tree, the raw body as received, and the headers with timing and operating time. The webhook
// secret shows in none of them: core redacts headers and every body that is not a successful
// envelope, and this view redacts again what it shows of the headers and of those bodies.
class ResultView : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        TableTab,
        TreeTab,
        RawTab,
        HeadersTab,
        BatchTab
    };

    explicit ResultView(QWidget *parent = nullptr);

    void clear();
    // Rows of a list as they stream in (the tree and raw tabs show the last page).
    void appendRows(const QJsonArray &rows);
    // A finished single call: its rows (result, or result's list) go to the table.
    void showCallResult(const CallResult &result);
    // Raw body, headers and timing of the last HTTP answer of a run; `note` says which answer
    // it is when a run made several requests (All pages).
    void showExchange(const CallResult &result, const QString &note = {});
    // The address the run calls (the secret masked), shown in Headers & timing with the API.
    void setEndpoint(const QString &endpoint);
    // A finished batch: one row per command (status, error, timing); opening one shows its result.
    void showBatchResult(const BatchResult &result);
    void setTree(const QJsonValue &value);
    // Warnings about the rows shown (a partial result, what the list walk noted); empty hides them.
    void setNotes(const QStringList &lines);
    QString notesText() const;
    // "partial: 2,550 of 3,000 — connection lost": the rows are not all there; replaces the count.
    void setPartial(const QString &text);
    QString partialText() const { return m_partial; }
    QString countText() const;
    QLabel *notesLabel() const { return m_notes; }

    ResultTableModel *tableModel() const { return m_model; }
    ResultProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    QString rawText() const;
    QString headersText() const;
    QString exchangeNote() const;
    AnswerTextView *rawView() const { return m_raw; }
    // Columns named here come first, in this order (the select's, then the portal's field order);
    // the others follow as found. Applies to the rows shown now and to those still coming.
    void setColumnOrder(const QStringList &names);
    // The table's columns as shown, left to right (what an export writes).
    QStringList shownColumns() const;
    // The rows as shown (filtered and sorted), for export: a snapshot, no row copied.
    ExportRows shownRows() const;
    // The busy state of a running sort (progress and its cancel button).
    QProgressBar *sortProgress() const { return m_sortProgress; }
    QToolButton *sortCancelButton() const { return m_sortCancel; }

    // Copies the selected cells (or the whole rows when rows are selected) as TSV.
    void copySelection(bool withHeader = false);

private:
    void updateCount();
    void applyColumnOrder();
    void showSortState(bool running);

    ResultTableModel *m_model;
    ResultProxyModel *m_proxy;
    JsonTreeModel *m_treeModel;
    QTabWidget *m_tabs;
    QTableView *m_table;
    QTreeView *m_tree;
    AnswerTextView *m_raw;
    AnswerTextView *m_headers;
    BatchResultView *m_batch;
    QLineEdit *m_filter;
    QLabel *m_count;
    QProgressBar *m_sortProgress;
    QToolButton *m_sortCancel;
    QTimer *m_filterDelay;
    QLabel *m_notes;
    QString m_partial;
    QString m_endpoint;
    QStringList m_columnOrder;
};

} // namespace b24
