#pragma once

#include "core/b24/b24hook.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace b24 {

class ProfileStore;
class WebhookCheck;
class WebhookCheckView;

// Add a portal by pasting its webhook URL: parsed at once (the rule broken is named, the URL is
// never echoed), checked live against the portal, then saved with the secret in the keychain.
// When the keychain fails, the reason is shown and "Use for this session only" is offered.
class AddProfileDialog : public QDialog
{
    Q_OBJECT
public:
    // keychainProblem: non-empty when the window already knows there is no keychain.
    AddProfileDialog(ProfileStore *profiles, const QString &keychainProblem, QWidget *parent = nullptr);
    ~AddProfileDialog() override;

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *labelEdit() const { return m_label; }
    QLabel *parseStatus() const { return m_parse; }
    QLabel *saveStatus() const { return m_status; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *sessionButton() const { return m_sessionOnly; }
    WebhookCheckView *checkView() const { return m_view; }
    // Extra CA certificates for the live check (the demo/sandbox portal in tests).
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);

signals:
    void profileAdded(const QString &profileId);
    void checkFinished(bool ok);

private:
    void onUrlChanged();
    void runCheck();
    void save();
    void keepForSession();

    ProfileStore *m_profiles;
    QLineEdit *m_label;
    QLineEdit *m_url;
    QLabel *m_parse;
    QLabel *m_status;
    QPushButton *m_check;
    QPushButton *m_save;
    QPushButton *m_sessionOnly;
    WebhookCheckView *m_view;
    std::unique_ptr<B24Hook> m_hook;
    WebhookCheck *m_running = nullptr;
    QList<QSslCertificate> m_trusted;
    QString m_pendingId;
    // The plan the last successful check read from the portal's licence, for the URL it checked.
    QString m_checkedUrl;
    QString m_checkedPlan;
};

} // namespace b24
