#pragma once

class QSettings;

namespace b24 {

class DemoSource;
class HistoryStore;
class ProfileStore;
class SavedRequestStore;
class SecretStore;

// What the window is composed with (by the program's main, or by a test). Nothing is owned.
struct ExplorerServices
{
    QSettings *settings = nullptr;
    SecretStore *keychain = nullptr; // the OS keychain (may turn out unavailable)
    SecretStore *session = nullptr;  // "this session only"
    ProfileStore *profiles = nullptr;
    HistoryStore *history = nullptr;
    SavedRequestStore *saved = nullptr;
    DemoSource *demo = nullptr; // the demo portal; null: the window offers none
};

} // namespace b24
