// Unsent comment drafts live in this browser, so they survive a dropped connection and a reload.
const prefix = "climate-draft:";

export function load(key) {
    try {
        const stored = localStorage.getItem(prefix + key);
        return stored ? JSON.parse(stored) : null;
    } catch {
        return null;
    }
}

export function save(key, draft) {
    try {
        localStorage.setItem(prefix + key, JSON.stringify(draft));
    } catch {
        // Storage full or disabled: the draft then lives only as long as the page.
    }
}

export function clear(key) {
    try {
        localStorage.removeItem(prefix + key);
    } catch {
    }
}

// While the mention list is open, the arrow keys and Enter choose a member instead of moving the caret or adding a line.
document.addEventListener("keydown", e => {
    if (e.target?.dataset?.mentionOpen === "true" && ["ArrowDown", "ArrowUp", "Enter", "Escape", "Tab"].includes(e.key)) {
        if (e.key !== "Tab") {
            e.preventDefault();
        }
    }
}, true);
