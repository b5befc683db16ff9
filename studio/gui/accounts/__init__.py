"""Provider accounts: the session that holds the provider and key, the Accounts dialog and what it says about the keychain."""
