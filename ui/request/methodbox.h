#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace b24 {

// The method name with completion from the live catalog and a badge: available to this
// webhook, needs a scope the webhook lacks, or unknown to the portal.
class MethodBox : public QWidget
{
    Q_OBJECT
public:
    enum class Availability
    {
        Unknown,
        Available,
        NeedsScope,
        NotFound
    };
    Q_ENUM(Availability)

    explicit MethodBox(QWidget *parent = nullptr);

    // available: `methods` of this webhook; allKnown: `methods` full=true; scopes: `scope`.
    void setCatalog(const QStringList &available, const QStringList &allKnown,
                    const QStringList &grantedScopes);
    bool hasCatalog() const { return m_hasCatalog; }

    QString method() const;
    void setMethod(const QString &method);
    Availability availability() const;
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
    QStringList m_available;
    QStringList m_allKnown;
    QStringList m_scopes;
    bool m_hasCatalog = false;
};

} // namespace b24
