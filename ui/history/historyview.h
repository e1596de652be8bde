#pragma once

#include "core/profiles/historyentry.h"

#include <QWidget>

class QLineEdit;
class QTableView;

namespace b24 {

class HistoryModel;
class HistoryStore;

// Every call made, newest first, searchable; a call reopens as a new request or is copied as
// curl (masked unless the user explicitly asks for the secret).
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(HistoryStore *store, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }
    void reload();

signals:
    void reopenRequested(const b24::HistoryEntry &entry);
    void curlRequested(const b24::HistoryEntry &entry, bool revealSecret);

private:
    int currentRow() const;

    HistoryStore *m_store;
    HistoryModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
};

} // namespace b24
