#pragma once

#include "core/b24/batchresult.h"

#include <QJsonValue>
#include <QWidget>

class QLabel;
class QTableView;

namespace b24 {

class BatchResultModel;

// The answer of a batch: a summary line and one row per command; double-click or "Open" hands
// that command's answer to the results views.
class BatchResultView : public QWidget
{
    Q_OBJECT
public:
    explicit BatchResultView(QWidget *parent = nullptr);

    void setResult(const BatchResult &result);
    BatchResultModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summary() const;
    void openRow(int row);

signals:
    void openResultRequested(const QString &key, const QJsonValue &result);

private:
    BatchResultModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
};

} // namespace b24
