#include "ui/history/historyview.h"

#include "core/profiles/historystore.h"
#include "ui/history/historymodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

HistoryView::HistoryView(HistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new HistoryModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"historyView"_s);
    m_search->setPlaceholderText(tr("Search method, status or parameters"));
    m_search->setClearButtonEnabled(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);

    auto *reopen = new QAction(tr("Open as new request"), m_table);
    auto *curl = new QAction(tr("Copy as curl"), m_table);
    auto *curlSecret = new QAction(tr("Copy as curl with the secret…"), m_table);
    m_table->addActions({reopen, curl, curlSecret});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(reopen, &QAction::triggered, this, [this] {
        if (currentRow() >= 0)
            emit reopenRequested(m_model->entry(currentRow()));
    });
    connect(m_table, &QTableView::doubleClicked, reopen, &QAction::trigger);
    connect(curl, &QAction::triggered, this, [this] {
        if (currentRow() >= 0)
            emit curlRequested(m_model->entry(currentRow()), false);
    });
    connect(curlSecret, &QAction::triggered, this, [this] {
        if (currentRow() < 0)
            return;
        // The secret leaves the keychain only on an explicit yes.
        if (QMessageBox::warning(this, tr("Copy the secret?"),
                                 tr("The command will contain the webhook secret in plain text. Anyone "
                                    "who sees it can act on your portal. Copy it anyway?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
            emit curlRequested(m_model->entry(currentRow()), true);
    });
    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(delay, &QTimer::timeout, this, &HistoryView::reload);
    if (m_store)
        connect(m_store, &HistoryStore::appended, this, [this](const HistoryEntry &entry) {
            if (m_search->text().isEmpty())
                m_model->prepend(entry);
            else
                reload();
        });
    reload();
}

void HistoryView::reload()
{
    if (m_store)
        m_model->setEntries(m_store->search(m_search->text()));
}

int HistoryView::currentRow() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

} // namespace b24
