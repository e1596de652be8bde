#pragma once

#include "core/profiles/historyentry.h"

#include <QWidget>

class QComboBox;
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
    QComboBox *portalFilter() const { return m_portal; }
    QTableView *table() const { return m_table; }
    // The portal now open (HistoryEntry::portalKey() and its name): offered in the filter and chosen.
    void setCurrentPortal(const QString &key, const QString &label);
    void reload();

signals:
    void reopenRequested(const b24::HistoryEntry &entry);
    void curlRequested(const b24::HistoryEntry &entry, bool revealSecret);
    void saveRequested(const b24::HistoryEntry &entry);

private:
    int currentRow() const;

    HistoryStore *m_store;
    HistoryModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_portal;
    QTableView *m_table;
};

} // namespace b24
