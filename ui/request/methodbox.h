#pragma once

#include "core/catalog/methodcatalog.h"

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace b24 {

// The method name with completion from the live catalog and a badge: available to this
// webhook, or needs a scope the webhook lacks (core's MethodCatalog decides).
class MethodBox : public QWidget
{
    Q_OBJECT
public:
    explicit MethodBox(QWidget *parent = nullptr);

    void setCatalog(const MethodCatalog &catalog);
    const MethodCatalog &catalog() const { return m_catalog; }
    bool hasCatalog() const { return m_hasCatalog; }

    QString method() const;
    void setMethod(const QString &method);
    MethodCatalog::MethodStatus status() const;
    QString badgeText() const;

    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }

signals:
    void methodChanged(const QString &method);
    void refreshRequested();

private:
    void updateBadge();

    QLineEdit *m_edit;
    QLabel *m_badge;
    QToolButton *m_refresh;
    QCompleter *m_completer;
    QStringListModel *m_model;
    MethodCatalog m_catalog;
    bool m_hasCatalog = false;
};

} // namespace b24
