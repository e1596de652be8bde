#include "ui/batch/batchresultview.h"

#include "ui/batch/batchresultmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace b24 {

BatchResultView::BatchResultView(QWidget *parent)
    : QWidget(parent)
    , m_model(new BatchResultModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *open = new QPushButton(tr("Open result"), this);
    top->addWidget(m_summary, 1);
    top->addWidget(open);
    layout->addLayout(top);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(BatchResultModel::ErrorColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(open, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            openRow(m_view->currentIndex().row());
    });
}

void BatchResultView::setResult(const BatchResult &result)
{
    m_model->setResult(result);
    m_summary->setText(summary());
}

QString BatchResultView::summary() const
{
    const BatchResult &r = m_model->result();
    if (r.error.isError())
        return tr("The batch failed: %1").arg(r.error.toString());
    return tr("%n command(s), ", nullptr, int(r.items.size())) + tr("%n failed, ", nullptr, r.failedCount()) +
           tr("%n request(s)", nullptr, r.requests);
}

void BatchResultView::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const BatchItem &item = m_model->item(row);
    emit openResultRequested(item.key, item.result);
}

} // namespace b24
