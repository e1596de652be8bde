#pragma once

#include "core/b24/apiversion.h"
#include "core/catalog/methodcatalog.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QToolButton;

namespace b24 {

// The method name with a search over every documented method (names and title words, grouped by
// scope, the shipped DocsCatalog) and the portal's own methods, and a badge: documented, available
// to this webhook, needs a scope the webhook lacks, or not documented (core's MethodCatalog decides).
class MethodBox : public QWidget
{
    Q_OBJECT
public:
    explicit MethodBox(QWidget *parent = nullptr);

    void setCatalog(const MethodCatalog &catalog);
    const MethodCatalog &catalog() const { return m_catalog; }
    bool hasCatalog() const { return m_hasCatalog; }

    // Under REST 3.0 the search offers REST 3.0 methods only: those the documentation marks so
    // (MethodSpec::restV3), the system methods, and the portal's own REST 3.0 methods.
    void setApi(ApiVersion api);
    ApiVersion api() const { return m_api; }
    // The portal's REST 3.0 method names (from its OpenAPI document) and their summaries; empty
    // while unknown.
    void setV3Methods(const QStringList &names, const QHash<QString, QString> &titles = {});
    // Whether REST 3.0 is known to have `method` (documented as REST 3.0, a system method or on
    // the portal's REST 3.0 list).
    bool isKnownV3(const QString &method) const;

    QString method() const;
    // Sets the name and commits it (methodCommitted), as choosing it does.
    void setMethod(const QString &method);
    MethodCatalog::MethodStatus status() const;
    QString badgeText() const;
    // What the list says of one method: documented / available on this portal / needs scope X /
    // not documented.
    QString itemBadge(const QString &method, bool documented) const;
    // The search list for `text` (also what typing does): scope headings, then their methods.
    void search(const QString &text);
    // The method names the search list offers now, in order (headings left out).
    QStringList offeredMethods() const;

    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }

signals:
    // Every change of the name, keystrokes included.
    void methodChanged(const QString &method);
    // The name is settled: chosen from the list, Enter, the box left, or set by the program.
    // Decisions that should not flicker while a name is typed (the API switch) wait for this.
    void methodCommitted(const QString &method);
    void refreshRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateBadge();
    void searchV3(const QString &text);
    QString v3BadgeText() const;

    QLineEdit *m_edit;
    QLabel *m_badge;
    QToolButton *m_refresh;
    QCompleter *m_completer;
    QStandardItemModel *m_model;
    MethodCatalog m_catalog;
    bool m_hasCatalog = false;
    ApiVersion m_api = ApiVersion::V2;
    QStringList m_v3Methods;
    QHash<QString, QString> m_v3Titles;
};

} // namespace b24
