"""What every feature shares: colours, remembered settings, the background-task helper, progress runner, dialogs, action helpers and the wording of money and providers."""
